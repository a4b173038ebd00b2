using Microsoft.Net.Http.Headers;

namespace SecurityTrax.Gateway.Http;

/// <summary>Record versions as strong ETags, and the If-Match rule every write follows.</summary>
public static class ETags
{
    public static string Format(int version) => $"\"{version}\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Format(version);

    /// <summary>Reads the version a write is based on; null with a problem when the header is missing or malformed.</summary>
    public static int? ReadIfMatch(HttpRequest request, out Microsoft.AspNetCore.Mvc.ProblemDetails? problem)
    {
        problem = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            problem = ErrorResponses.Problem(
                StatusCodes.Status428PreconditionRequired,
                ProblemTypes.PreconditionRequired,
                "If-Match is required.",
                "Send the ETag you read in an If-Match header, so that another person's change is never overwritten.");
            return null;
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag)
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), out var version)
            && version >= 0)
        {
            return version;
        }

        problem = ErrorResponses.Validation(
            new Dictionary<string, string[]> { ["If-Match"] = [$"'{header}' is not an ETag this API issued."] });
        return null;
    }
}
