namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>Why a signed document was refused.</summary>
/// <param name="Code">Stable code, see <see cref="SignatureProblemCodes"/>.</param>
/// <param name="Message">Plain-language English text.</param>
public sealed record SignatureProblem(string Code, string Message);
