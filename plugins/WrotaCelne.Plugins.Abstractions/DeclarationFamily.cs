using System.Text.Json.Serialization;

namespace WrotaCelne.Plugins.Abstractions;

/// <summary>The families of customs declarations the platform handles. In JSON: <c>transit</c>, <c>export</c>, <c>import</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeclarationFamily>))]
public enum DeclarationFamily
{
    /// <summary>Transit (NCTS Phase 5).</summary>
    [JsonStringEnumMemberName("transit")]
    Transit = 1,

    /// <summary>Export (AES).</summary>
    [JsonStringEnumMemberName("export")]
    Export = 2,

    /// <summary>Import (AIS/IMPORT).</summary>
    [JsonStringEnumMemberName("import")]
    Import = 3,
}
