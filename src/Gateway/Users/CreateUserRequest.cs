namespace SecurityTrax.Gateway.Users;

public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Email, string? Role, string? Password);
