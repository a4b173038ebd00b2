namespace SecurityTrax.Web.Api;

public sealed record RefreshRequest(string RefreshToken);
