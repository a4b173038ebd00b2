using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Users;

public sealed record UpdateUserRequest([property: Required] string? DisplayName, string? Email, [property: Required] string? Role);
