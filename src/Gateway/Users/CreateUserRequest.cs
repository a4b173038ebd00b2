using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Users;

public sealed record CreateUserRequest(
    [property: Required] string? UserName,
    [property: Required] string? DisplayName,
    string? Email,
    [property: Required] string? Role,
    [property: Required] string? Password);
