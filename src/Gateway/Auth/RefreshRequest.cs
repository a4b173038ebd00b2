namespace SecurityTrax.Gateway.Auth;

public sealed record RefreshRequest(string? RefreshToken);
