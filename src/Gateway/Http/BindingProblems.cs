using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace SecurityTrax.Gateway.Http;

/// <summary>
/// Says in the API's terms why a request could not be bound: the framework's own messages name .NET types and
/// parameters ("Implicit body inferred…") and are never shown to clients.
/// </summary>
public static partial class BindingProblems
{
    public const string JsonOnly = "The body must be JSON (Content-Type: application/json).";

    public static ProblemDetails From(BadHttpRequestException e)
    {
        if (e.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ErrorResponses.Problem(
                e.StatusCode, ProblemTypes.UnsupportedMediaType, "Send the body as application/json.", JsonOnly);
        }

        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ErrorResponses.Problem(e.StatusCode, ProblemTypes.TooLarge, "The body is too large.", JsonBodyLimitMiddleware.TooLarge);
        }

        // A missing body, or the JSON literal null, for an operation that needs one.
        if (e.Message.Contains("no body was provided", StringComparison.Ordinal) || e.Message.EndsWith("was not provided from body.", StringComparison.Ordinal))
        {
            return Field("body", "A JSON body is required.", "The request needs a JSON body.");
        }

        if (BindFailure().Match(e.Message) is { Success: true } failed)
        {
            return Field(failed.Groups["name"].Value, "The value has the wrong type or format.", null);
        }

        if (MissingValue().Match(e.Message) is { Success: true } missing)
        {
            return Field(missing.Groups["name"].Value, "This field is required.", null);
        }

        return ErrorResponses.Problem(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "The request is malformed.", null);
    }

    private static ProblemDetails Field(string field, string reason, string? detail) =>
        ErrorResponses.Validation(new Dictionary<string, string[]> { [field] = [reason] }, detail);

    // Failed to bind parameter "int? limit" from "abc".
    [GeneratedRegex("^Failed to bind parameter \"(?:[^\"]*\\s)?(?<name>[^\"\\s]+)\" from ", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailure();

    // Required parameter "string tenant" was not provided from query string.
    [GeneratedRegex("^Required parameter \"(?:[^\"]*\\s)?(?<name>[^\"\\s]+)\" was not provided", RegexOptions.CultureInvariant)]
    private static partial Regex MissingValue();
}
