using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace WrotaCelne.Host.Localization;

/// <summary>Polish first, English second. The choice is kept in the standard culture cookie; <c>?culture=en</c> also works.</summary>
internal static class ShellCultures
{
    public const string Default = "pl";

    public static IReadOnlyList<string> Supported { get; } = ["pl", "en"];

    public static RequestLocalizationOptions Options()
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()],
        };
    }
}
