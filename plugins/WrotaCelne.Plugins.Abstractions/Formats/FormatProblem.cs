namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>
/// One error or warning of a format operation.
/// </summary>
/// <param name="Code">Stable machine code, see <see cref="FormatProblemCodes"/> (plugins may add their own, dotted).</param>
/// <param name="Message">Plain-language English text for operators and logs.</param>
/// <param name="Pointer">
/// Where it is: an element path in the message (<c>/CC015C/Consignment/HouseConsignment[1]/ConsignmentItem[2]</c>)
/// or a JSON path in the canonical declaration (<c>$.items[1].description</c>); null when it concerns the whole.
/// </param>
public sealed record FormatProblem(string Code, string Message, string? Pointer = null)
{
    /// <summary>An operation the plugin does not offer.</summary>
    public static FormatProblem NotSupported(string message) => new(FormatProblemCodes.NotSupported, message);
}
