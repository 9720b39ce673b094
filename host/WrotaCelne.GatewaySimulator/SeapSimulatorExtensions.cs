using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WrotaCelne.GatewaySimulator.Answers;
using WrotaCelne.GatewaySimulator.Soap;
using WrotaCelne.GatewaySimulator.Store;

namespace WrotaCelne.GatewaySimulator;

/// <summary>Registers and maps the simulated SEAP gateway in any ASP.NET Core application.</summary>
public static class SeapSimulatorExtensions
{
    /// <summary>The simulator's services, its options from <paramref name="configuration"/> (section <see cref="SeapSimulatorOptions.Section"/>) and then <paramref name="configure"/>.</summary>
    public static IServiceCollection AddSeapSimulator(this IServiceCollection services, IConfiguration? configuration = null, Action<SeapSimulatorOptions>? configure = null)
    {
        var options = services.AddOptions<SeapSimulatorOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(SeapSimulatorOptions.Section));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SeapSimulatorStore>();
        services.TryAddSingleton<NonceCache>();
        services.TryAddSingleton<SoapRequestReader>();
        services.TryAddSingleton<DocumentIntake>();
        services.TryAddSingleton<SeapSimulatorEndpoint>();
        return services;
    }

    /// <summary>The port at <paramref name="path"/> (POST, SOAP 1.1); GET <c>path?wsdl</c> gives the WSDL.</summary>
    public static IEndpointConventionBuilder MapSeapSimulator(this IEndpointRouteBuilder endpoints, string path)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(path);
        group.MapPost(string.Empty, (HttpContext context, SeapSimulatorEndpoint endpoint) => endpoint.HandleAsync(context));
        group.MapGet(string.Empty, async (HttpContext context) =>
        {
            await using var wsdl = typeof(SeapSimulatorExtensions).Assembly.GetManifestResourceStream("Seap.Schemas.WS_PULL.wsdl")!;
            context.Response.ContentType = "text/xml; charset=utf-8";
            await wsdl.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
        return group;
    }

    /// <summary>
    /// GET <paramref name="path"/>: every document the simulator accepted, of every login (sysRef, login, LRN, message
    /// type, receipt, time), as JSON, so a test or a trainer outside the process can count what arrived. It is not part
    /// of SEAP and has no authentication: map it only where nobody but the tester reaches the simulator.
    /// </summary>
    public static IEndpointConventionBuilder MapSeapSimulatorInspection(this IEndpointRouteBuilder endpoints, string path)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(path, (SeapSimulatorStore store) => store.Submissions
            .Select(s => new AcceptedDocument(s.SysRef, s.Login, s.Lrn, s.MessageType, s.Receipt, s.TargetSystems, s.ReceivedAt))
            .ToList());
    }
}
