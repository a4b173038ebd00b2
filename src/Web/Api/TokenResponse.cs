namespace SecurityTrax.Web.Api;

/// <summary>The answer of <c>POST /api/v1/auth/token</c> and <c>…/refresh</c>.</summary>
public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string RefreshToken, int ExpiresIn);
