namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of <c>PUT /api/v1/users/{id}</c>: what an admin may change about a user.</summary>
public sealed record UserInput(string? DisplayName, string? Email, string? Role);
