namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Endpoint metadata: a problem this endpoint answers beyond what its kind implies, and when.</summary>
public sealed record ProblemAnswer(int Status, string Description);
