namespace SecurityTrax.Identity;

/// <summary>Kinds of security-log entries.</summary>
public static class SecurityEvents
{
    public const string SignIn = "sign_in";
    public const string SignInFailed = "sign_in_failed";
    public const string LockedOut = "locked_out";
    public const string Refreshed = "token_refreshed";
    public const string RefreshReuse = "refresh_token_reuse";
    public const string SignOut = "sign_out";
    public const string UserCreated = "user_created";
    public const string UserChanged = "user_changed";
    public const string UserRoleChanged = "user_role_changed";
    public const string UserDisabled = "user_disabled";
    public const string UserEnabled = "user_enabled";
    public const string PasswordReset = "password_reset";
    public const string RoleCreated = "role_created";
    public const string RoleChanged = "role_changed";
    public const string RoleDeleted = "role_deleted";
    public const string IntegrationSettingsChanged = "integration_settings_changed";
    public const string IntegrationSettingsRemoved = "integration_settings_removed";
}
