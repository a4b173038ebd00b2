using Orleans.Concurrency;

namespace SecurityTrax.Identity;

/// <summary>A tenant's users, roles, passwords and sessions; key <c>{tenant}/users</c>.</summary>
[Alias("SecurityTrax.IUserDirectoryGrain")]
public interface IUserDirectoryGrain : ITenantGrain
{
    public const string Id = "users";

    /// <summary>Seeds the built-in roles and the first admin; false when the directory already has users.</summary>
    [Alias("Initialize")]
    Task<bool> InitializeAsync(NewUser admin);

    [Alias("CreateUser")]
    Task<UserDetails> CreateUserAsync(NewUser user);

    [Alias("UpdateUser")]
    Task<UserDetails> UpdateUserAsync(UserChange change);

    [Alias("SetDisabled")]
    Task<UserDetails> SetDisabledAsync(string userId, bool disabled, int expectedVersion);

    [Alias("ResetPassword")]
    Task<UserDetails> ResetPasswordAsync(string userId, string newPassword, int? expectedVersion = null);

    [Alias("GetUser")]
    Task<UserDetails> GetUserAsync(string userId);

    /// <summary>The user's session stamp: an access token carrying a lower one is void (read by gateways on a cache miss).</summary>
    [Alias("GetSessionStamp"), ReadOnly]
    Task<int> GetSessionStampAsync(string userId);

    [Alias("ListUsers")]
    Task<UserDetails[]> ListUsersAsync();

    [Alias("ListRoles")]
    Task<RoleDetails[]> ListRolesAsync();

    [Alias("CreateRole")]
    Task<RoleDetails> CreateRoleAsync(string name, string[] grants);

    [Alias("UpdateRole")]
    Task<RoleDetails> UpdateRoleAsync(string name, string[] grants, int expectedVersion);

    [Alias("DeleteRole")]
    Task DeleteRoleAsync(string name, int expectedVersion);

    [Alias("SignIn")]
    Task<SignInResult> SignInAsync(string userName, string password);

    [Alias("Refresh")]
    Task<SignInResult> RefreshAsync(string refreshToken);

    [Alias("SignOut")]
    Task SignOutAsync(string refreshToken);
}
