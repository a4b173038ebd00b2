namespace SecurityTrax.Gateway.Health;

public sealed record ReadinessResponse(string Status, string Silo, double DatabaseLatencyMs);
