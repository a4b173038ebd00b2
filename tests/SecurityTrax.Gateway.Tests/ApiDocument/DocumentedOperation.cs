using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>One operation of the OpenAPI document, with the questions the document tests ask of it.</summary>
public sealed record DocumentedOperation(string Method, string Path, JsonElement Json)
{
    public string Route => $"{Method} {Path}";

    public string? Id => Json.TryGetProperty("operationId", out var id) ? id.GetString() : null;

    public string? Summary => Json.TryGetProperty("summary", out var summary) ? summary.GetString() : null;

    public bool HasRequestBody => Json.TryGetProperty("requestBody", out _);

    public bool HasContent(string status) =>
        Response(status).TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));

    public bool HasProblemContent(string status) =>
        Response(status).TryGetProperty("content", out var content)
        && content.TryGetProperty("application/problem+json", out var problem)
        && problem.TryGetProperty("schema", out var schema)
        && schema.TryGetProperty("$ref", out var reference) && reference.GetString() == "#/components/schemas/ProblemDetails";

    public IReadOnlyList<string> SecuritySchemes =>
        Json.TryGetProperty("security", out var security)
            ? [.. security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name))]
            : [];

    public IReadOnlyList<string> Statuses =>
        Json.TryGetProperty("responses", out var responses) ? [.. responses.EnumerateObject().Select(r => r.Name)] : [];

    /// <summary>Null when the header parameter is not declared, else whether it is required.</summary>
    public bool? HeaderParameter(string name)
    {
        if (!Json.TryGetProperty("parameters", out var parameters))
        {
            return null;
        }

        var parameter = parameters.EnumerateArray()
            .FirstOrDefault(p => p.GetProperty("in").GetString() == "header" && p.GetProperty("name").GetString() == name);
        return parameter.ValueKind == JsonValueKind.Undefined
            ? null
            : parameter.TryGetProperty("required", out var required) && required.GetBoolean();
    }

    public IReadOnlyList<string> ResponseHeaders(string status) =>
        Json.GetProperty("responses").TryGetProperty(status, out var response) && response.TryGetProperty("headers", out var headers)
            ? [.. headers.EnumerateObject().Select(h => h.Name)]
            : [];

    public JsonElement Response(string status) => Json.GetProperty("responses").GetProperty(status);
}
