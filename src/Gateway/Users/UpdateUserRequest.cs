namespace SecurityTrax.Gateway.Users;

public sealed record UpdateUserRequest(string? DisplayName, string? Email, string? Role);
