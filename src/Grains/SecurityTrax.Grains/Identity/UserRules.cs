using System.Net.Mail;
using System.Text.RegularExpressions;
using SecurityTrax.Errors;

namespace SecurityTrax.Identity;

/// <summary>What makes a user name, a password, a role name acceptable.</summary>
public static partial class UserRules
{
    public const int PasswordMinLength = 10;
    public const int PasswordMaxLength = 128;
    public const int DisplayNameMaxLength = 100;

    /// <summary>The user with <paramref name="userId"/>; not found, or stale when <paramref name="expectedVersion"/> is given and differs.</summary>
    public static UserRecord Existing(UserDirectoryState state, string userId, int? expectedVersion)
    {
        if (!state.Users.TryGetValue(userId ?? "", out var user))
        {
            throw SecurityTraxException.NotFound($"User {userId}");
        }

        if (expectedVersion is { } expected && expected != user.Version)
        {
            throw SecurityTraxException.StaleVersion(expected, user.Version);
        }

        return user;
    }

    public static void ValidatePassword(List<FieldError> errors, string? password, string field = "password")
    {
        if (string.IsNullOrEmpty(password) || password.Length < PasswordMinLength)
        {
            errors.Add(new FieldError(field, $"Password must have at least {PasswordMinLength} characters."));
        }
        else if (password.Length > PasswordMaxLength)
        {
            errors.Add(new FieldError(field, $"Password must have at most {PasswordMaxLength} characters."));
        }
    }

    public static void ValidateProfile(List<FieldError> errors, string? displayName, string? email)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors.Add(new FieldError("displayName", "Display name is required."));
        }
        else if (displayName.Trim().Length > DisplayNameMaxLength)
        {
            errors.Add(new FieldError("displayName", $"Display name must have at most {DisplayNameMaxLength} characters."));
        }

        Customers.FieldChecks.NoCardNumber(errors, "displayName", displayName);
        if (!string.IsNullOrWhiteSpace(email) && !MailAddress.TryCreate(email.Trim(), out _))
        {
            errors.Add(new FieldError("email", $"'{email}' is not an email address."));
        }
    }

    public static void ValidateUserName(List<FieldError> errors, string? userName)
    {
        if (userName is null || !UserNamePattern().IsMatch(userName))
        {
            errors.Add(new FieldError("userName", "User name must be 3–64 letters, digits, '.', '_', '-' or '@'."));
        }
    }

    public static void ValidateRoleName(List<FieldError> errors, string? name)
    {
        if (name is null || !RoleNamePattern().IsMatch(name))
        {
            errors.Add(new FieldError("name", "Role name must be 2–40 letters, digits, spaces, '-' or '_', starting with a letter."));
        }
    }

    public static void ValidateGrants(List<FieldError> errors, string[]? grants)
    {
        foreach (var grant in grants ?? [])
        {
            if (!Grants.IsKnown(grant))
            {
                errors.Add(new FieldError("grants", $"'{grant}' is not a grant."));
            }
        }
    }

    public static string NormalizeUserName(string userName) => userName.Trim().ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9._@-]{3,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9 _-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleNamePattern();
}
