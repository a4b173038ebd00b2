namespace SecurityTrax.Web.Api;

public sealed record SignInRequest(string Tenant, string UserName, string Password);
