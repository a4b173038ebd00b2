using System.Text.Json.Serialization;

namespace SecurityTrax.Gateway.Health;

/// <summary>Ready or not; the silo and the database latency only for a caller with the operator key.</summary>
public sealed record ReadinessResponse(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Silo,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? DatabaseLatencyMs);
