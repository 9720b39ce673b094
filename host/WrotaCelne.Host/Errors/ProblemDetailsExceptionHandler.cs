using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Host.Errors;

/// <summary>Turns every exception that reaches the pipeline into ProblemDetails; input problems name the field.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            InvalidInputException e => WithCodes(
                new HttpValidationProblemDetails(e.Errors.ToDictionary(x => x.Key, x => x.Value)) { Status = StatusCodes.Status400BadRequest, Title = "One or more fields are invalid." },
                e.FieldErrors),
            ConflictException e => WithCodes(
                new HttpValidationProblemDetails(new Dictionary<string, string[]> { [e.Error.Field] = [e.Message] }) { Status = StatusCodes.Status409Conflict, Title = e.Message },
                [e.Error]),
            NotFoundException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = e.Message },
            BadHttpRequestException e => new ProblemDetails
            {
                Status = e.StatusCode,
                Title = "The request could not be read.",
                Detail = e.Message,
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred. It has been logged.",
            },
        };
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Stable rule codes beside the English messages, per field, for API clients that word errors themselves.</summary>
    private static ProblemDetails WithCodes(HttpValidationProblemDetails problem, IEnumerable<FieldError> errors)
    {
        problem.Extensions["codes"] = errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray(), StringComparer.Ordinal);
        return problem;
    }
}
