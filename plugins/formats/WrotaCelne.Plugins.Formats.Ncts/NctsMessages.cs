using System.Xml.Linq;

namespace WrotaCelne.Plugins.Formats.Ncts;

/// <summary>The NCTS Phase 5 namespace and the message types this plugin handles.</summary>
internal static class NctsMessages
{
    public const string NamespaceUri = "http://ncts.dgtaxud.ec";

    public const string TargetSystem = "NCTS2";

    public const string PhaseId = "NCTS5.0";

    public const string Declaration = "CC015C";
    public const string Amendment = "CC013C";
    public const string Invalidation = "CC014C";

    public const string MrnAllocated = "CC028C";
    public const string ReleasedForTransit = "CC029C";
    public const string Rejection = "CC056C";
    public const string NoRelease = "CC051C";
    public const string ControlDecision = "CC060C";
    public const string WriteOff = "CC045C";
    public const string InvalidationDecision = "CC009C";
    public const string PositiveAcknowledge = "CC928C";
    public const string XmlNack = "CC917C";
    public const string FunctionalNack = "CC906C";

    public static readonly XNamespace Namespace = NamespaceUri;

    public static readonly IReadOnlyList<string> Outbound = [Declaration, Amendment, Invalidation];

    public static readonly IReadOnlyList<string> Inbound =
        [MrnAllocated, ReleasedForTransit, Rejection, NoRelease, ControlDecision, WriteOff, InvalidationDecision, PositiveAcknowledge, XmlNack, FunctionalNack];

    public static readonly IReadOnlyList<string> Importable = [Declaration, Amendment];
}
