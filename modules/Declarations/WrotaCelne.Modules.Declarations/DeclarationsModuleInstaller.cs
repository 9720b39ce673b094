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
        services.AddSingleton(new Application.Signing.Pkcs11Modules(
            context.ModuleSection(Name).GetSection("Pkcs11Modules").GetChildren().Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal)));
    }

    private static Uri? Address(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri
        : throw new InvalidOperationException($"Modules:Declarations:Gateway addresses must be absolute https URLs; '{value}' is not.");

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
        PrintoutEndpoints.Map(endpoints);
    }
}
