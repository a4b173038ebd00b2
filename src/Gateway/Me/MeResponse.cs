namespace SecurityTrax.Gateway.Me;

public sealed record MeResponse(string Tenant, string UserId, string UserName, string Role, string[] Grants);
