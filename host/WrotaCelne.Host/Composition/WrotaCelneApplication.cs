using System.Text.Json.Serialization;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.DataProtection;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewaySimulator;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Mail;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.BuildingBlocks.Infrastructure.Plugins;
using WrotaCelne.Host.Database;
using WrotaCelne.Host.Errors;
using WrotaCelne.Host.Health;
using WrotaCelne.Host.Localization;
using WrotaCelne.Host.Plugins;

namespace WrotaCelne.Host.Composition;

/// <summary>Builds the web application: one Autofac container, the enabled modules, plugins, UI shell and API.</summary>
public static class WrotaCelneApplication
{
    public const string EnvironmentPrefix = "WROTACELNE_";

    /// <summary>The data-protection key ring (antiforgery, later encrypted secrets) lives in the data directory and is backed up with it.</summary>
    public const string DataProtectionKeysFolder = "keys";

    /// <summary>Builds the application, applies migrations when configured and maps every endpoint. The caller runs it.</summary>
    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ThreadPoolFloor.Raise();

        // The host assembly names the application even when another process (a test runner) hosts it,
        // so its pages, layout and static assets are found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(WrotaCelneApplication).Assembly.GetName().Name });
        builder.WebHost.UseStaticWebAssets();
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine(args);
        configure?.Invoke(builder);

        var settings = HostSettings.From(builder.Configuration);
        Directory.CreateDirectory(settings.DataDirectory);
        ConfigureLogging(builder);

        var modules = ModuleCatalog.Enabled(builder.Configuration);
        var moduleContext = new ModuleContext(builder.Configuration, settings.DataDirectory, settings.MessagingPollInterval);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(modules);
        var permissions = new PermissionCatalog(modules.Installers);
        builder.Services.AddSingleton(permissions);
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var permission in permissions.All)
        {
            authorization.AddPolicy(AccessPolicies.Permission(permission.Name), p => p
                .RequireAuthenticatedUser()
                .RequireClaim(AccessPolicies.PermissionClaim, permission.Name)
                .RequireAssertion(context => AccessPolicies.SessionIsComplete(context.User)));
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMail(builder.Configuration);
        var builtInGateway = new BuiltInGateway();
        builder.Services.AddSingleton(builtInGateway);
        var simulatorEnabled = builder.Configuration.GetValue("GatewaySimulator:Enabled", true);
        if (simulatorEnabled)
        {
            builder.Services.AddSeapSimulator(builder.Configuration, o => o.PasswordOf = builtInGateway.PasswordOfPracticeLogin);
        }

        foreach (var module in modules.Installers)
        {
            module.AddServices(builder.Services, moduleContext);
        }

        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            foreach (var module in modules.Installers)
            {
                module.ConfigureContainer(container);
            }
        });
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o => o.InstanceName = settings.SchedulerName);
            quartz.AddJobListener(sp => sp.GetRequiredService<Jobs.JobRunRecorder>());
            foreach (var module in modules.Installers)
            {
                module.ConfigureJobs(quartz, moduleContext);
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        var proxies = ReverseProxy.KnownProxies(builder.Configuration);
        ReverseProxy.Configure(builder.Services, proxies);
        builder.Services.AddSingleton<PluginCatalog>();
        builder.Services.AddSingleton<IActivePlugins>(sp => sp.GetRequiredService<PluginCatalog>());
        builder.Services.AddSingleton<Jobs.JobRunRecorder>();
        builder.Services.AddSingleton<Jobs.JobsOverview>();
        builder.Services.AddHealthChecks().AddCheck<PluginsHealthCheck>("plugins", tags: ["ready"]);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true);
        builder.Services.AddLocalization();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddDataProtection()
            .SetApplicationName("WrotaCelne")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, DataProtectionKeysFolder)));
        builder.Services.AddAntiforgery();
        builder.Services.AddRazorPages().ConfigureApplicationPartManager(parts => KeepEnabledModuleParts(parts, modules));

        // Pages are Polish first: write ą, ę, ł... as themselves, not as &#x...; entities (markup characters are still encoded).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var app = builder.Build();
        app.Services.GetRequiredService<PluginCatalog>().LoadAll();
        if (settings.MigrateOnStart)
        {
            await DatabaseMigrator.MigrateAsync(app.Services, modules, cancellationToken);
        }

        if (proxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization(ShellCultures.Options());
        app.UseStaticFiles();
        app.UseMiddleware<Security.CrossSiteRequestGuard>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        HealthEndpoints.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        PluginEndpoints.Map(app);
        Jobs.JobEndpoints.Map(app);
        LanguageEndpoints.Map(app);
        foreach (var module in modules.Installers)
        {
            module.MapEndpoints(app);
        }

        if (simulatorEnabled)
        {
            app.MapSeapSimulator(BuiltInGateway.Path).AllowAnonymous();
            app.Lifetime.ApplicationStarted.Register(() => BuiltInGatewayAddress.Announce(app, builtInGateway));
        }

        app.MapRazorPages();
        return app;
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }
    }

    /// <summary>Razor pages of a switched-off module must not be served: drop its application part.</summary>
    private static void KeepEnabledModuleParts(ApplicationPartManager parts, EnabledModules enabled)
    {
        var enabledAssemblies = enabled.Installers.Select(i => i.GetType().Assembly).ToHashSet();
        var allModuleAssemblies = ModuleCatalog.All().Select(i => i.GetType().Assembly).ToHashSet();
        foreach (var part in parts.ApplicationParts.ToList())
        {
            var assembly = AssemblyOf(part);
            if (assembly is not null && allModuleAssemblies.Contains(assembly) && !enabledAssemblies.Contains(assembly))
            {
                parts.ApplicationParts.Remove(part);
            }
        }

        foreach (var assembly in enabledAssemblies)
        {
            if (!parts.ApplicationParts.Any(p => AssemblyOf(p) == assembly))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        }
    }

    private static System.Reflection.Assembly? AssemblyOf(ApplicationPart part) => part switch
    {
        AssemblyPart a => a.Assembly,
        Microsoft.AspNetCore.Mvc.ApplicationParts.CompiledRazorAssemblyPart c => c.Assembly,
        _ => null,
    };
}
