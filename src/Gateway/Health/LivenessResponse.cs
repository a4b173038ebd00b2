namespace SecurityTrax.Gateway.Health;

public sealed record LivenessResponse(string Status);
