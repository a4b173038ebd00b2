namespace SecurityTrax.Identity;

/// <summary>
/// The grants a caller holds, carried with every grain call as one space-separated string (the token's own claim
/// format), so a call carries one short value instead of one string per grant.
/// </summary>
/// <remarks>
/// An Admin holds about sixty grants. Sent as an array, every request paid for sixty strings written, reference-tracked,
/// encrypted and read back on both sides; measured on the authenticated GET it was the largest single cost the grants
/// added (docs/decisions.md, "The authenticated GET after the hardening").
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.GrantSet")]
public sealed record GrantSet([property: Id(0)] string Joined)
{
    public static readonly GrantSet None = new("");

    /// <summary>The set of <paramref name="grants"/>; a grant is a non-empty name without spaces.</summary>
    public static GrantSet Of(IEnumerable<string> grants)
    {
        var names = grants.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var name in names)
        {
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"'{name}' is not a grant name.", nameof(grants));
            }
        }

        return new GrantSet(string.Join(' ', names));
    }

    /// <summary>True when <paramref name="grant"/> is one of the names (whole names only, no allocation).</summary>
    public bool Contains(string grant)
    {
        if (grant.Length == 0)
        {
            return false;
        }

        var all = Joined.AsSpan();
        var from = 0;
        while (from < all.Length)
        {
            var found = all[from..].IndexOf(grant, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var start = from + found;
            var end = start + grant.Length;
            if ((start == 0 || all[start - 1] == ' ') && (end == all.Length || all[end] == ' '))
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }
}
