using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Auth;

public sealed record UserResponse(
    string Id, string UserName, string DisplayName, string? Email, string Role, bool Disabled, DateTimeOffset CreatedAt)
{
    public static UserResponse From(UserDetails u) => new(u.Id, u.UserName, u.DisplayName, u.Email, u.Role, u.Disabled, u.CreatedAt);
}
