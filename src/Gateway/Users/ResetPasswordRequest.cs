namespace SecurityTrax.Gateway.Users;

public sealed record ResetPasswordRequest(string? Password);
