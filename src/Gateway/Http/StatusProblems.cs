using Microsoft.AspNetCore.Mvc;

namespace SecurityTrax.Gateway.Http;

/// <summary>
/// Gives the problems the framework writes by itself (a 401 challenge, a 403, an unknown route, a wrong method or
/// media type) our type and title, so a client matches every error on <c>urn:securitytrax:problem:*</c> alone.
/// </summary>
public static class StatusProblems
{
    private static readonly Dictionary<int, (string Type, string Title)> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = (ProblemTypes.Validation, "The request is malformed."),
        [StatusCodes.Status401Unauthorized] = (ProblemTypes.Unauthorized, "Sign in first: a valid access token is required."),
        [StatusCodes.Status403Forbidden] = (ProblemTypes.Forbidden, "Not allowed."),
        [StatusCodes.Status404NotFound] = (ProblemTypes.NotFound, "Not found."),
        [StatusCodes.Status405MethodNotAllowed] = (ProblemTypes.MethodNotAllowed, "This method is not allowed here."),
        [StatusCodes.Status409Conflict] = (ProblemTypes.Conflict, "The request conflicts with the record's state."),
        [StatusCodes.Status412PreconditionFailed] = (ProblemTypes.StaleVersion, "The record changed since it was read."),
        [StatusCodes.Status413PayloadTooLarge] = (ProblemTypes.TooLarge, "The body is too large."),
        [StatusCodes.Status415UnsupportedMediaType] = (ProblemTypes.UnsupportedMediaType, "Send the body as application/json."),
        [StatusCodes.Status428PreconditionRequired] = (ProblemTypes.PreconditionRequired, "A precondition header is required."),
        [StatusCodes.Status429TooManyRequests] = (ProblemTypes.TooManyAttempts, "Too many attempts."),
        [StatusCodes.Status500InternalServerError] = (ProblemTypes.Internal, "Something went wrong on our side."),
        [StatusCodes.Status503ServiceUnavailable] = (ProblemTypes.Unavailable, "The service is unavailable for a moment."),
    };

    public static void Apply(ProblemDetails problem, HttpContext context)
    {
        if (problem.Type?.StartsWith(ProblemTypes.Prefix, StringComparison.Ordinal) == true)
        {
            return;
        }

        var status = problem.Status ?? context.Response.StatusCode;
        (problem.Type, problem.Title) = ByStatus.TryGetValue(status, out var known)
            ? known
            : (ProblemTypes.Prefix + "status-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Title);
        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            problem.Detail = BindingProblems.JsonOnly;
        }

        if (status == StatusCodes.Status403Forbidden && MissingGrants.Of(context) is { Length: > 0 } grants)
        {
            MissingGrants.Name(problem, grants);
        }
    }
}
