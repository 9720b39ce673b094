namespace WrotaCelne.Host.Security;

/// <summary>
/// The API accepts the session cookie, so a state-changing API call must come from this site's own
/// pages or from a non-browser client. Browsers say where a request comes from (<c>Sec-Fetch-Site</c>,
/// <c>Origin</c>); an unsafe <c>/api</c> request that a browser marks as coming from another site or
/// origin is refused with 403 before it reaches an endpoint. Razor forms have antiforgery tokens instead.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsUnsafeApiCall(context.Request) && ComesFromElsewhere(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status403Forbidden, Title = "Cross-site requests may not change data." },
            });
            return;
        }

        await next(context);
    }

    private static bool IsUnsafeApiCall(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    private static bool ComesFromElsewhere(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
