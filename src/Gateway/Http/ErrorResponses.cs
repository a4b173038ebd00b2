using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Errors;

namespace SecurityTrax.Gateway.Http;

/// <summary>Turns every exception that reaches the pipeline into an RFC 9457 ProblemDetails response.</summary>
public sealed partial class ErrorResponses(IProblemDetailsService problems, ILogger<ErrorResponses> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            SecurityTraxException e => FromDomain(e),
            MissingGrantException e => MissingGrants.Problem(e.Grants),
            ProblemResponseException e => e.Problem,
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
            BadHttpRequestException e => BindingProblems.From(e),
            _ when SiloOutage.Describe(exception) is { } outage => Problem(
                StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "The service is unavailable for a moment.", outage),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(exception, SecurityTrax.Security.CardNumbers.Mask(context.Request.Path));
            problem = Problem(StatusCodes.Status500InternalServerError, ProblemTypes.Internal, "Something went wrong on our side.", null);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = SiloOutage.RetryAfterSeconds;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails FromDomain(SecurityTraxException e)
    {
        var (status, type, title) = e.Kind switch
        {
            ErrorKind.Validation => (StatusCodes.Status400BadRequest, ProblemTypes.Validation, "One or more fields are invalid."),
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found."),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, ProblemTypes.Conflict, "The request conflicts with the record's state."),
            ErrorKind.VersionMismatch => (StatusCodes.Status412PreconditionFailed, ProblemTypes.StaleVersion, "The record changed since it was read."),
            ErrorKind.Forbidden => (StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Not allowed."),
            _ => (StatusCodes.Status400BadRequest, ProblemTypes.Validation, "The request was rejected."),
        };

        if (e.Fields.Length == 0)
        {
            return Problem(status, type, title, e.Message);
        }

        // Fields keep the kind's status: a conflict that names the refused part (applications[0].invoiceId) stays a 409.
        var problem = Validation(e.Fields.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Reason).ToArray()), e.Message);
        (problem.Status, problem.Type, problem.Title) = e.Kind == ErrorKind.Validation ? (problem.Status, problem.Type, problem.Title) : (status, type, title);
        return problem;
    }

    public static ProblemDetails Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "One or more fields are invalid.",
            Detail = detail,
        };

    public static ProblemDetails Problem(int status, string type, string title, string? detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };

    private static ProblemDetails FromJson(JsonException json)
    {
        var field = JsonField(json.Path);
        // The serializer's own message names .NET types; say it in the API's terms instead.
        var reason = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "This field is not part of this request."
            : field == "body" ? "The body is not valid JSON." : "The value has the wrong type or format.";
        return Validation(new Dictionary<string, string[]> { [field] = [reason] }, "The request body is not valid JSON for this operation.");
    }

    // "$.address.line1" → "address.line1"; "$" (the body as a whole) → "body".
    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private partial void LogUnhandled(Exception exception, string path);
}
