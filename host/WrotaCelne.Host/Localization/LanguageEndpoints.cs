using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace WrotaCelne.Host.Localization;

internal static class LanguageEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/language", ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext http) =>
            {
                if (!ShellCultures.Supported.Contains(culture, StringComparer.Ordinal))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["culture"] = ["Supported languages: pl, en."] });
                }

                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
                var target = IsLocal(returnUrl) ? returnUrl! : "/";
                return Results.LocalRedirect(target);
            })
            .ExcludeFromDescription();

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
