namespace WrotaCelne.Plugins.Abstractions.Declarations;

/// <summary>Customs offices, each by its reference number (8 characters, e.g. <c>PL321010</c>).</summary>
public sealed class Offices
{
    /// <summary>Transit: office of departure.</summary>
    public string? Departure { get; set; }

    /// <summary>Transit: office of destination.</summary>
    public string? Destination { get; set; }

    /// <summary>Transit: offices of transit.</summary>
    public List<string> Transit { get; set; } = [];

    /// <summary>Transit: offices of exit for transit (security 2 or 3).</summary>
    public List<string> ExitForTransit { get; set; } = [];

    /// <summary>Export: office of export.</summary>
    public string? Export { get; set; }

    /// <summary>Export: office of exit.</summary>
    public string? Exit { get; set; }

    /// <summary>Import: office where the declaration is lodged.</summary>
    public string? Import { get; set; }
}
