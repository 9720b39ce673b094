using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Domain.Validation;
using WrotaCelne.Modules.Declarations.Endpoints;
using WrotaCelne.Modules.Declarations.Infrastructure;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations;

/// <summary>Installs the Declarations module: declaration drafts, validation, archive.</summary>
public sealed class DeclarationsModuleInstaller : IModuleInstaller
{
    public string Name => "Declarations";

    public Type DbContextType => typeof(DeclarationsDbContext);

    public string DatabaseFileName => DeclarationsDbContext.FileName;

    public IReadOnlyList<string> Permissions => DeclarationsPermissions.All;

    public Type Resources => typeof(DeclarationsResources);

    public IReadOnlyList<NavigationItem> Navigation { get; } =
        [
            new("/declarations", typeof(DeclarationsResources), "Nav.Declarations", 20, Permission: DeclarationsPermissions.View),
            new("/admin/codelists", typeof(DeclarationsResources), "Nav.CodeLists", 80, OperatorOnly: true),
        ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleCore<DeclarationsDbContext>(this, context);
        services.AddScoped<IDeclarationsData>(sp => sp.GetRequiredService<DeclarationsDbContext>());
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddScoped<Application.CodeListLookup>();
        services.AddScoped<Application.DraftStarter>();
        services.AddScoped<Application.DraftEditor>();
        services.AddScoped<Application.AddressBookLearning>();
        services.AddSingleton<Application.FormatPlugins>();
        services.AddSingleton(DeclarationRules.Default);
        services.AddScoped<ICodeListMembership>(sp => sp.GetRequiredService<Application.CodeListLookup>());
        services.AddScoped<DeclarationValidator>();
        services.AddScoped<Application.Signing.SigningKeys>();
        services.AddScoped<Application.Signing.SigningAudit>();
        services.AddScoped<Application.Signing.DeclarationSigner>();
        services.AddScoped<Application.Signing.CredentialExpiryWarnings>();
        var gateway = context.ModuleSection(Name).GetSection("Gateway");
        services.AddSingleton(new Application.Exchange.GatewayAddresses(Address(gateway["Test"]), Address(gateway["Production"])));
        services.AddScoped<Application.Exchange.GatewayConnections>();
        services.AddSingleton(new Domain.RetryPolicy(
            gateway.GetValue("MaxAttempts", Domain.RetryPolicy.Default.MaxAttempts),
            gateway.GetValue("FirstRetryAfter", Domain.RetryPolicy.Default.FirstWait),
            gateway.GetValue("ReceiptWait", Domain.RetryPolicy.Default.ReceiptWait)));
        services.AddSingleton(new Domain.AnswerLookupPolicy(gateway.GetValue("LookupAfter", Domain.AnswerLookupPolicy.Default.QuietPeriod), Domain.AnswerLookupPolicy.Default.GiveUpAfter));
        services.AddSingleton<Application.Exchange.DispatcherStartup>();
        services.AddSingleton<Application.Exchange.GatewayQueues>();
        services.AddScoped<Application.Exchange.SubmissionDispatcher>();
        services.AddScoped<Application.Exchange.GatewayInbox>();
        services.AddScoped<Application.Exchange.InboundDocuments>();
        services.AddScoped<Application.Exchange.AnswerLookups>();
        services.AddScoped<Application.Exchange.AnswerNotifications>();
        services.AddHttpClient(Application.Exchange.SubmissionDispatcher.HttpClientName, client => client.Timeout = gateway.GetValue("Timeout", TimeSpan.FromSeconds(180)));
        services.AddSingleton(new Application.Signing.Pkcs11Modules(
            context.ModuleSection(Name).GetSection("Pkcs11Modules").GetChildren().Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal)));
    }

    private static void Every<TJob>(IQuartzBuilder quartz, JobKey key, string description, TimeSpan interval)
        where TJob : class, IJob
    {
        quartz.AddJob<TJob>(j => j.WithIdentity(key).WithDescription(description));
        quartz.AddTrigger(t => t.ForJob(key).WithIdentity(key.Name + "-trigger", key.Group).StartNow().WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()));
    }

    private static Uri? Address(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) ? uri
        : throw new InvalidOperationException($"Modules:Declarations:Gateway addresses must be absolute https URLs (plain http only on loopback, e.g. a local TLS tunnel); '{value}' is not.");

    public void ConfigureContainer(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<DeclarationsModule>().As<IDeclarationsModule>().InstancePerLifetimeScope();
    }

    public void ConfigureJobs(IQuartzBuilder quartz, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(context);
        quartz.AddModuleMessagesJob<DeclarationsMessagesJob>(Name, context.MessagingPollInterval);
        var gateway = context.ModuleSection(Name).GetSection("Gateway");
        Every<Infrastructure.Jobs.SubmissionDispatchJob>(quartz, Infrastructure.Jobs.SubmissionDispatchJob.Key, "Declarations: send queued declarations to the gateway", gateway.GetValue("DispatchInterval", TimeSpan.FromSeconds(2)));
        Every<Infrastructure.Jobs.GatewayPollJob>(quartz, Infrastructure.Jobs.GatewayPollJob.Key, "Declarations: take in the gateway's receipts and answers", gateway.GetValue("PollInterval", TimeSpan.FromSeconds(5)));
        var expiryInterval = context.ModuleSection(Name).GetValue("CredentialExpiryCheckInterval", TimeSpan.FromHours(6));
        quartz.AddJob<Infrastructure.Jobs.CredentialExpiryJob>(j => j.WithIdentity(Infrastructure.Jobs.CredentialExpiryJob.Key).WithDescription("Declarations: warn 30 and 7 days before a signing certificate expires"));
        quartz.AddTrigger(t => t
            .ForJob(Infrastructure.Jobs.CredentialExpiryJob.Key)
            .WithIdentity("signing-expiry-trigger", Name)
            .StartNow() // one indexed query: a restarted install warns at once
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(expiryInterval).RepeatForever()));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        DeclarationEndpoints.Map(endpoints);
        ArchiveEndpoints.Map(endpoints);
        TemplateEndpoints.Map(endpoints);
        AddressBookEndpoints.Map(endpoints);
        GuaranteeEndpoints.Map(endpoints);
        CodeListEndpoints.Map(endpoints);
        SigningEndpoints.Map(endpoints);
        GatewayEndpoints.Map(endpoints);
        UnmatchedDocumentEndpoints.Map(endpoints);
        PrintoutEndpoints.Map(endpoints);
    }
}
