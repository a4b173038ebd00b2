using SecurityTrax.Errors;

namespace SecurityTrax.Identity;

/// <summary>
/// No one grants, assigns or creates more than they hold: a user or role write needs its own grant and every grant of
/// the roles it touches, held by the acting user now — its token's grants that its current role still holds (a token
/// outlives a role change). The System caller holds everything.
/// </summary>
public static class DirectoryGuard
{
    /// <summary>Throws <see cref="MissingGrantException"/> naming what <paramref name="actor"/> lacks of <paramref name="grant"/> and <paramref name="touched"/>.</summary>
    public static void Require(UserDirectoryState state, Caller actor, string grant, IEnumerable<string>? touched = null)
    {
        if (actor.IsSystem)
        {
            return;
        }

        var held = state.Users.TryGetValue(actor.UserId, out var me) && !me.Disabled ? RoleBook.GrantsOf(state, me.Role) : [];
        string[] missing = [.. (touched ?? []).Prepend(grant).Where(g => !actor.Holds(g) || Array.IndexOf(held, g) < 0).Distinct().Order(StringComparer.Ordinal)];
        if (missing.Length > 0)
        {
            throw new MissingGrantException(missing);
        }
    }

    /// <summary>The grants of the named roles; an unknown role holds none.</summary>
    public static IEnumerable<string> OfRoles(UserDirectoryState state, params string[] roles) =>
        roles.SelectMany(r => RoleBook.GrantsOf(state, r));

    /// <summary>The known grants among <paramref name="grants"/>: unknown names are the validation's to refuse.</summary>
    public static IEnumerable<string> Known(string[]? grants) => (grants ?? []).Where(Grants.IsKnown);
}
