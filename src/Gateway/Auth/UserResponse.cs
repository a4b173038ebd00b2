using SecurityTrax.Identity;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Auth;

public sealed record UserResponse(
    long Id, string UserName, string DisplayName, string? Email, string Role, bool Disabled, DateTimeOffset CreatedAt)
{
    public static UserResponse From(UserDetails u) => new(UserIds.Of(u.Id), u.UserName, u.DisplayName, u.Email, u.Role, u.Disabled, u.CreatedAt);
}
