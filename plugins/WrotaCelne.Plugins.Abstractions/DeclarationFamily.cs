namespace WrotaCelne.Plugins.Abstractions;

/// <summary>The families of customs declarations the platform handles.</summary>
public enum DeclarationFamily
{
    /// <summary>Transit (NCTS Phase 5).</summary>
    Transit = 1,

    /// <summary>Export (AES).</summary>
    Export = 2,

    /// <summary>Import (AIS/IMPORT).</summary>
    Import = 3,
}
