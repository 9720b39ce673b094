using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>A declaration read back from a message file.</summary>
/// <param name="MessageType">The file's message type, e.g. <c>CC015C</c>.</param>
/// <param name="Declaration">What could be mapped.</param>
/// <param name="Unmapped">What the file holds that the canonical declaration has no place for (code <see cref="FormatProblemCodes.Unmapped"/>, pointer into the file).</param>
public sealed record ImportedDeclaration(string MessageType, CustomsDeclaration Declaration, IReadOnlyList<FormatProblem> Unmapped);
