using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// Lists as required only the request members a client must send. The framework calls every constructor parameter
/// without a default required, but our request records take nullable members so that a missing one is answered
/// with a 400 naming it; those are optional in the document unless marked <see cref="RequiredAttribute"/>.
/// </summary>
public sealed class OptionalMembersOpenApi : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (type.Kind != JsonTypeInfoKind.Object || !IsRequestType(type.Type) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        var required = type.Properties.Where(Required).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        schema.Required = required.Count == 0 ? null : required;
        return Task.CompletedTask;
    }

    private static bool IsRequestType(Type type) =>
        type.Namespace?.StartsWith("SecurityTrax.Gateway", StringComparison.Ordinal) == true
        && (type.Name.EndsWith("Request", StringComparison.Ordinal) || type.Name.EndsWith("Dto", StringComparison.Ordinal));

    private static bool Required(JsonPropertyInfo property) =>
        property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: false) == true
        || property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false };
}
