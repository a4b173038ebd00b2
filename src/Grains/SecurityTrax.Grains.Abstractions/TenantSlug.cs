using System.Text.RegularExpressions;

namespace SecurityTrax;

/// <summary>A tenant's short identifier: lower-case letters, digits and hyphens, starting with a letter.</summary>
public static partial class TenantSlug
{
    public const int MaxLength = 40;

    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    public static void Validate(string? slug)
    {
        if (!IsValid(slug))
        {
            throw new ArgumentException(
                $"'{slug}' is not a tenant slug: use 2–{MaxLength} lower-case letters, digits or hyphens, starting with a letter.",
                nameof(slug));
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
