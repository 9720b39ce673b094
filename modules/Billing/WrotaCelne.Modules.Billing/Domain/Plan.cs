using System.Text.RegularExpressions;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Billing.Domain;

/// <summary>A plan of the price list; money in minor units so the database can compare amounts exactly.</summary>
internal sealed partial class Plan
{
    private Plan()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public long MonthlyPriceMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public static Plan Create(string code, string name, long monthlyPriceMinor, string currency)
    {
        var errors = new InputErrors().Require("code", code, 40).Require("name", name, 120);
        if (!string.IsNullOrWhiteSpace(code) && !CodeFormat().IsMatch(code.Trim()))
        {
            errors.Add("code", "code.format", "Use lower-case letters, digits and dashes.");
        }

        if (monthlyPriceMinor < 0)
        {
            errors.Add("monthlyPriceMinor", "price.negative", "The price cannot be negative.");
        }

        if (currency is null || !CurrencyFormat().IsMatch(currency))
        {
            errors.Add("currency", "currency.invalid", "Use a three-letter ISO 4217 code, e.g. PLN.");
        }

        errors.ThrowIfAny();
        return new Plan { Id = Guid.CreateVersion7(), Code = code.Trim(), Name = name.Trim(), MonthlyPriceMinor = monthlyPriceMinor, Currency = currency! };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeFormat();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyFormat();
}
