using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Users;

public sealed record ResetPasswordRequest([property: Required] string? Password);
