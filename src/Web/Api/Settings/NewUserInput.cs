namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of <c>POST /api/v1/users</c>.</summary>
public sealed record NewUserInput(string? UserName, string? DisplayName, string? Email, string? Role, string? Password);
