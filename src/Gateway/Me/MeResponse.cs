namespace SecurityTrax.Gateway.Me;

public sealed record MeResponse(string Tenant, long UserId, string UserName, string Role, string[] Grants);
