using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;

namespace SecurityTrax.Identity;

public sealed class UserDirectoryGrain(
    [PersistentState(StorageNames.UserDirectory, StorageNames.Main)] IPersistentState<UserDirectoryState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<UserDirectoryGrain> logger)
    : OutboxGrain<UserDirectoryState>(state, outbox, logger), IUserDirectoryGrain
{
    private const string Roles = "roles";

    private const string RoleGrantsChanged = "role grants changed";

    private static readonly string UsersCreate = Grants.For("users", Grants.Create);

    private static readonly string UsersModify = Grants.For("users", Grants.Modify);

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    private DateTimeOffset Now => time.GetUtcNow();

    public async Task<bool> InitializeAsync(NewUser admin)
    {
        if (State.Users.Count > 0)
        {
            return false;
        }

        SeedRoles();
        AddUser(admin with { Role = BuiltInRoles.Admin });
        await SaveAsync();
        return true;
    }

    public async Task<UserDetails> CreateUserAsync(NewUser user)
    {
        Guard(UsersCreate);
        SeedRoles();
        var created = AddUser(user);
        await SaveAsync();
        return created.ToDetails();
    }

    public async Task<UserDetails> UpdateUserAsync(UserChange change)
    {
        Guard(UsersModify);
        var user = Existing(change.UserId, change.ExpectedVersion);
        var errors = new List<FieldError>();
        UserRules.ValidateProfile(errors, change.DisplayName, change.Email);
        var role = RoleBook.OrError(State, change.Role, errors);
        SecurityTraxException.ThrowIfAny(errors);
        Guard(UsersModify, DirectoryGuard.OfRoles(State, user.Role, role.Name));
        if (user.Role == BuiltInRoles.Admin && role.Name != BuiltInRoles.Admin)
        {
            RoleBook.EnsureAnotherAdmin(State, user);
        }

        var oldRole = user.Role;
        var roleChanged = oldRole != role.Name;
        user.DisplayName = change.DisplayName.Trim();
        user.Email = Blank(change.Email);
        user.Role = role.Name;
        user.Version++;
        var detail = roleChanged ? $"role {oldRole} → {role.Name}" : null;
        State.Outbox.RecordSecurity(Now, Actor, roleChanged ? SecurityEvents.UserRoleChanged : SecurityEvents.UserChanged, user.Id, user.UserName, detail);
        NotifyUser(user, "user.changed", "Your account was changed", roleChanged ? $"Your role is now {role.Name}." : "Your profile was updated.");
        var ended = SessionEnds.Void(user, roleChanged ? "role changed" : null);
        await SaveAsync();
        await SessionEnds.PublishAsync(GrainFactory, Tenant, user, ended, Now);
        return user.ToDetails();
    }

    public async Task<UserDetails> SetDisabledAsync(string userId, bool disabled, int expectedVersion)
    {
        Guard(UsersModify);
        var user = Existing(userId, expectedVersion);
        Guard(UsersModify, DirectoryGuard.OfRoles(State, user.Role));
        if (user.Disabled == disabled)
        {
            return user.ToDetails();
        }

        if (disabled && user.Role == BuiltInRoles.Admin)
        {
            RoleBook.EnsureAnotherAdmin(State, user);
        }

        user.Disabled = disabled;
        user.Version++;
        if (disabled)
        {
            // Refresh tokens stop now, access tokens with the stamp; live connections close once saved.
            Sessions.RevokeAll(user);
        }

        State.Outbox.RecordSecurity(Now, Actor, disabled ? SecurityEvents.UserDisabled : SecurityEvents.UserEnabled, user.Id, user.UserName);
        NotifyUser(user, "user.changed", disabled ? "Your account was disabled" : "Your account was enabled again", null);
        var ended = SessionEnds.Void(user, disabled ? "disabled" : null);
        await SaveAsync();
        await SessionEnds.PublishAsync(GrainFactory, Tenant, user, ended, Now);
        return user.ToDetails();
    }

    public async Task<UserDetails> ResetPasswordAsync(string userId, string newPassword, int? expectedVersion = null)
    {
        Guard(UsersModify);
        var user = Existing(userId, expectedVersion);
        var errors = new List<FieldError>();
        UserRules.ValidatePassword(errors, newPassword);
        SecurityTraxException.ThrowIfAny(errors);
        Guard(UsersModify, DirectoryGuard.OfRoles(State, user.Role));
        user.PasswordHash = SignInDesk.HashPassword(user, newPassword);
        user.Version++;
        Sessions.RevokeAll(user);
        Sessions.RecordSuccess(user);
        State.Outbox.RecordSecurity(Now, Actor, SecurityEvents.PasswordReset, user.Id, user.UserName);
        NotifyUser(user, "user.changed", "Your password was reset", "Sign in again with the new password.");
        var ended = SessionEnds.Void(user, "password reset");
        await SaveAsync();
        await SessionEnds.PublishAsync(GrainFactory, Tenant, user, ended, Now);
        return user.ToDetails();
    }

    public Task<UserDetails> GetUserAsync(string userId) => Task.FromResult(Existing(userId, null).ToDetails());

    // An unknown user has no valid tokens: user ids are never reused, so the highest stamp is final.
    public Task<int> GetSessionStampAsync(string userId) =>
        Task.FromResult(State.Users.TryGetValue(userId ?? "", out var user) ? user.SessionStamp : int.MaxValue);

    public Task<UserDetails[]> ListUsersAsync() =>
        Task.FromResult(State.Users.Values.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u => u.ToDetails()).ToArray());

    public Task<RoleDetails[]> ListRolesAsync() =>
        Task.FromResult(State.Roles.Values.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => r.ToDetails()).ToArray());

    public async Task<RoleDetails> CreateRoleAsync(string name, string[] grants)
    {
        Guard(Grants.For(Roles, Grants.Create), DirectoryGuard.Known(grants));
        SeedRoles();
        var role = RoleBook.Create(State, name, grants);
        State.Outbox.RecordSecurity(Now, Actor, SecurityEvents.RoleCreated, null, null, $"{role.Name}: {string.Join(' ', role.Grants)}");
        await SaveAsync();
        return role.ToDetails();
    }

    public async Task<RoleDetails> UpdateRoleAsync(string name, string[] grants, int expectedVersion)
    {
        Guard(Grants.For(Roles, Grants.Modify), DirectoryGuard.OfRoles(State, name).Concat(DirectoryGuard.Known(grants)));
        var before = RoleBook.GrantsOf(State, name).ToHashSet(StringComparer.Ordinal);
        var role = RoleBook.Update(State, name, grants, expectedVersion);
        // Holders' tokens carry the old grants: a change to them ends their sessions in this same save.
        UserRecord[] ended = before.SetEquals(role.Grants) ? [] : SessionEnds.VoidHolders(State, role.Name, RoleGrantsChanged);
        State.Outbox.RecordSecurity(Now, Actor, SecurityEvents.RoleChanged, null, null, $"{role.Name}: {string.Join(' ', role.Grants)}");
        await SaveAsync();
        await SessionEnds.PublishAsync(GrainFactory, Tenant, ended, RoleGrantsChanged, Now);
        return role.ToDetails();
    }

    public async Task DeleteRoleAsync(string name, int expectedVersion)
    {
        Guard(Grants.For(Roles, Grants.Delete), DirectoryGuard.OfRoles(State, name));
        var role = RoleBook.Delete(State, name, expectedVersion);
        State.Outbox.RecordSecurity(Now, Actor, SecurityEvents.RoleDeleted, null, null, role.Name);
        await SaveAsync();
    }

    public async Task<SignInResult> SignInAsync(string userName, string password)
    {
        var result = SignInDesk.SignIn(State, Tenant, Actor, Now, userName, password);
        await SaveAsync();
        return result;
    }

    public async Task<SignInResult> RefreshAsync(string refreshToken)
    {
        var result = SignInDesk.Refresh(State, Tenant, Actor, Now, refreshToken, out var changed);
        if (changed)
        {
            await SaveAsync();
        }

        return result;
    }

    public async Task SignOutAsync(string refreshToken)
    {
        if (SignInDesk.SignOut(State, Actor, Now, refreshToken))
        {
            await SaveAsync();
        }
    }

    private void SeedRoles() => RoleBook.Seed(State);

    // Checked before anything changes: a refused call leaves the state as it was.
    private void Guard(string grant, IEnumerable<string>? touched = null) => DirectoryGuard.Require(State, Actor, grant, touched);

    private UserRecord AddUser(NewUser user)
    {
        var errors = new List<FieldError>();
        var userName = UserRules.NormalizeUserName(user.UserName ?? "");
        UserRules.ValidateUserName(errors, userName);
        UserRules.ValidateProfile(errors, user.DisplayName, user.Email);
        UserRules.ValidatePassword(errors, user.Password);
        var role = RoleBook.OrError(State, user.Role, errors);
        if (State.Users.Values.Any(u => u.UserName == userName))
        {
            errors.Add(new FieldError("userName", $"User name '{userName}' is taken."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        Guard(UsersCreate, DirectoryGuard.OfRoles(State, role.Name));
        var record = new UserRecord
        {
            Id = (++State.LastUserNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
            UserName = userName,
            DisplayName = user.DisplayName.Trim(),
            Email = Blank(user.Email),
            Role = role.Name,
            CreatedAt = Now,
            Version = 1,
        };
        record.PasswordHash = SignInDesk.HashPassword(record, user.Password);
        State.Users[record.Id] = record;
        State.Outbox.RecordSecurity(Now, Actor, SecurityEvents.UserCreated, record.Id, record.UserName, $"role {role.Name}");
        NotifyUser(record, "user.created", "Welcome to SecurityTrax", $"Your account was created with the {role.Name} role.");
        return record;
    }

    private void NotifyUser(UserRecord user, string kind, string title, string? body)
    {
        var actor = Actor;
        if (actor.UserId != user.Id)
        {
            State.Outbox.Notify(Now, user.Id, kind, title, body, new Notifications.NotificationPayload { ChangedBy = actor.UserName });
        }
    }

    private UserRecord Existing(string userId, int? expectedVersion) => UserRules.Existing(State, userId, expectedVersion);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
