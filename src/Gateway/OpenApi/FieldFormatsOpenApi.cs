using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// Says how money, quantities, rates and dates are written, on every field of that kind: the framework calls a
/// decimal a "double", which a generated client would turn into floating-point money.
/// </summary>
public sealed class FieldFormatsOpenApi : IOpenApiSchemaTransformer
{
    public const string Money = "Money in US dollars: a JSON number (never a string) with at most two decimals, e.g. 12.50.";
    public const string Quantity = "A quantity: more than 0, at most two decimals (1.5 hours of labour).";
    public const string Percent = "A percentage from 0 to 100 with at most three decimals, e.g. 8.375.";
    public const string Date = "A date, yyyy-MM-dd (the company's local calendar date, no time or offset).";
    public const string Instant = "An instant: ISO 8601 with its offset, e.g. 2026-03-01T16:30:00+00:00.";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not { } property || schema.Type is not { } type)
        {
            return Task.CompletedTask;
        }

        var clr = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (clr == typeof(decimal))
        {
            var (meaning, step) = KindOf(property.Name);
            schema.Format = "decimal";
            schema.MultipleOf ??= step;
            schema.Description ??= meaning;
        }
        else if (clr == typeof(DateOnly) || (clr == typeof(string) && type.HasFlag(JsonSchemaType.String) && IsDateName(property.Name)))
        {
            schema.Format = "date";
            schema.Description ??= Date;
        }
        else if (clr == typeof(DateTimeOffset) || clr == typeof(DateTime))
        {
            schema.Description ??= Instant;
        }

        return Task.CompletedTask;
    }

    // monthlyMonitoringRate is money; only tax rates are percentages.
    private static (string Meaning, decimal Step) KindOf(string name) => name switch
    {
        "quantity" => (Quantity, 0.01m),
        "rate" or "taxRate" or "taxRateOverride" => (Percent, 0.001m),
        _ => (Money, 0.01m),
    };

    private static bool IsDateName(string name) => name == "dateOfBirth" || name.EndsWith("Date", StringComparison.Ordinal) || name == "date";
}
