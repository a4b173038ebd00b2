using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>The served OpenAPI document, navigated by operation id.</summary>
public sealed class OpenApiDocumentReader(JsonElement root)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public JsonElement Root { get; } = root;

    public static async Task<OpenApiDocumentReader> LoadAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return new OpenApiDocumentReader(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public IEnumerable<DocumentedOperation> Operations()
    {
        foreach (var path in Root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                yield return new DocumentedOperation(operation.Name.ToUpperInvariant(), path.Name, operation.Value);
            }
        }
    }

    public DocumentedOperation Operation(string operationId) =>
        Operations().SingleOrDefault(o => o.Id == operationId) ?? throw new KeyNotFoundException($"No operation {operationId} in the document.");

    public JsonElement Schema(string name) => Root.GetProperty("components").GetProperty("schemas").GetProperty(name);
}
