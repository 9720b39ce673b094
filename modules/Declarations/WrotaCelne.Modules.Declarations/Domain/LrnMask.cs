using System.Globalization;
using System.Text.RegularExpressions;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>
/// How an organization numbers its declarations, e.g. <c>{YYYY}/{BRANCH}/{SEQ:6}</c>. Tokens: {YYYY},
/// {YY}, {MM}, {DD} (the day the draft starts, Warsaw time), {BRANCH} (the branch code), {FAMILY}
/// (T, E or I) and exactly one {SEQ:n} (a counter of n digits, 1 to 12, per distinct rest of the
/// number, so it starts again each year when the mask has {YYYY}). Other characters are kept as they are.
/// </summary>
internal sealed partial record LrnMask(string Text)
{
    public const string Default = "{YYYY}/{SEQ:6}";
    private const int LongestBranchCode = 10;

    public static LrnMask Parse(InputErrors errors, string? text)
    {
        var mask = text?.Trim() ?? "";
        var parts = Token().Split(mask);
        var tokens = Token().Matches(mask).Select(m => m.Value).ToList();
        var sequences = tokens.Count(t => t.StartsWith("{SEQ:", StringComparison.Ordinal));
        if (mask.Length == 0 || sequences != 1 || Token().Replace(mask, "").Contains('{', StringComparison.Ordinal) || Token().Replace(mask, "").Contains('}', StringComparison.Ordinal))
        {
            errors.Add("mask", "lrnMask.invalid", "Use literal characters and the tokens {{YYYY}} {{YY}} {{MM}} {{DD}} {{BRANCH}} {{FAMILY}}, with exactly one {{SEQ:n}}.");
            return new LrnMask(mask);
        }

        if (parts.Any(p => p.Length > 0 && !Literal().IsMatch(p)))
        {
            errors.Add("mask", "lrnMask.characters", "Outside tokens a mask may hold letters, digits and / - _ . only.");
        }

        var parsed = new LrnMask(mask);
        var longest = parsed.Render(new DateOnly(2026, 12, 31), new string('X', LongestBranchCode), 'T', 0).Length;
        if (longest > Lrn.MaxLength)
        {
            errors.Add("mask", "lrnMask.tooLong", "With a 10-character branch code the number would have {0} characters; an LRN has at most {1}.", longest, Lrn.MaxLength);
        }
        else if (!Lrn.IsValid(parsed.Render(new DateOnly(2026, 1, 1), "A", 'T', 1)))
        {
            errors.Add("mask", "lrnMask.characters", "An LRN starts with a letter or a digit.");
        }

        return parsed;
    }

    public bool UsesBranch => Text.Contains("{BRANCH}", StringComparison.Ordinal);

    /// <summary>What the counter counts: the number with everything but the sequence filled in.</summary>
    public string CounterKey(DateOnly day, string branchCode, char family) => Render(day, branchCode, family, null);

    public string Render(DateOnly day, string branchCode, char family, long? sequence) =>
        Token().Replace(Text, m => m.Value switch
        {
            "{YYYY}" => day.Year.ToString("D4", CultureInfo.InvariantCulture),
            "{YY}" => (day.Year % 100).ToString("D2", CultureInfo.InvariantCulture),
            "{MM}" => day.Month.ToString("D2", CultureInfo.InvariantCulture),
            "{DD}" => day.Day.ToString("D2", CultureInfo.InvariantCulture),
            "{BRANCH}" => branchCode,
            "{FAMILY}" => family.ToString(),
            _ => sequence is { } value ? value.ToString("D" + Digits(m.Value).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "#",
        });

    public long MaxSequence => (long)Math.Pow(10, Digits(Token().Matches(Text).Single(m => m.Value.StartsWith("{SEQ:", StringComparison.Ordinal)).Value)) - 1;

    private static int Digits(string token) => int.Parse(token[5..^1], CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(?:YYYY|YY|MM|DD|BRANCH|FAMILY|SEQ:(?:[1-9]|1[0-2]))\}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^[A-Za-z0-9/\-_.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Literal();
}
