using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Users;

public sealed record RoleRequest(string? Name, [property: Required] string[]? Grants);
