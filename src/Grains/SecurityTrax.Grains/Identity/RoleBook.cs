using SecurityTrax.Errors;

namespace SecurityTrax.Identity;

/// <summary>The rules of a tenant's roles, applied to the directory's state.</summary>
public static class RoleBook
{
    public static void Seed(UserDirectoryState state)
    {
        foreach (var name in BuiltInRoles.Names)
        {
            state.Roles.TryAdd(Key(name), new RoleRecord
            {
                Name = name,
                Grants = [.. BuiltInRoles.DefaultGrants(name)],
                BuiltIn = true,
                Version = 1,
            });
        }
    }

    public static RoleRecord? Find(UserDirectoryState state, string? name) =>
        name is not null && state.Roles.TryGetValue(Key(name), out var role) ? role : null;

    /// <summary>Admin holds every grant there is, including grants added after the tenant was created.</summary>
    public static string[] GrantsOf(UserDirectoryState state, string roleName) =>
        roleName == BuiltInRoles.Admin
            ? [.. Grants.All.Order(StringComparer.Ordinal)]
            : Find(state, roleName)?.Grants.ToArray() ?? [];

    /// <summary>The named role, or a field error on <c>role</c> (the caller throws the errors before using it).</summary>
    public static RoleRecord OrError(UserDirectoryState state, string? name, List<FieldError> errors)
    {
        var role = Find(state, name);
        if (role is null)
        {
            errors.Add(new FieldError("role", $"'{name}' is not a role of this company."));
        }

        return role!;
    }

    /// <summary>Refuses to take the Admin role from <paramref name="user"/> (or disable it) when no other enabled Admin remains.</summary>
    public static void EnsureAnotherAdmin(UserDirectoryState state, UserRecord user)
    {
        if (!state.Users.Values.Any(u => u.Id != user.Id && u.Role == BuiltInRoles.Admin && !u.Disabled))
        {
            throw SecurityTraxException.Conflict("At least one enabled Admin must remain.");
        }
    }

    public static RoleRecord Create(UserDirectoryState state, string name, string[] grants)
    {
        var errors = new List<FieldError>();
        UserRules.ValidateRoleName(errors, name);
        UserRules.ValidateGrants(errors, grants);
        if (errors.Count == 0 && Find(state, name) is not null)
        {
            errors.Add(new FieldError("name", $"A role named '{name.Trim()}' exists."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        var role = new RoleRecord { Name = name.Trim(), Grants = Normalize(grants), Version = 1 };
        state.Roles[Key(role.Name)] = role;
        return role;
    }

    public static RoleRecord Update(UserDirectoryState state, string name, string[] grants, int expectedVersion)
    {
        var role = Existing(state, name, expectedVersion);
        if (role.Name == BuiltInRoles.Admin)
        {
            throw SecurityTraxException.Conflict("The Admin role always holds every grant.");
        }

        var errors = new List<FieldError>();
        UserRules.ValidateGrants(errors, grants);
        SecurityTraxException.ThrowIfAny(errors);
        role.Grants = Normalize(grants);
        role.Version++;
        return role;
    }

    public static RoleRecord Delete(UserDirectoryState state, string name, int expectedVersion)
    {
        var role = Existing(state, name, expectedVersion);
        if (role.BuiltIn)
        {
            throw SecurityTraxException.Conflict($"{role.Name} is a built-in role and cannot be deleted.");
        }

        var holders = state.Users.Values.Count(u => u.Role == role.Name);
        if (holders > 0)
        {
            throw SecurityTraxException.Conflict($"{holders} user(s) still have the {role.Name} role; give them another role first.");
        }

        state.Roles.Remove(Key(role.Name));
        return role;
    }

    private static RoleRecord Existing(UserDirectoryState state, string name, int expectedVersion)
    {
        var role = Find(state, name) ?? throw SecurityTraxException.NotFound($"Role {name}");
        if (role.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, role.Version);
        }

        return role;
    }

    private static List<string> Normalize(string[] grants) => [.. grants.Distinct().Order(StringComparer.Ordinal)];

    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
