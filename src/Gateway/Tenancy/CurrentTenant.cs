namespace SecurityTrax.Gateway.Tenancy;

/// <summary>The tenant a request acts for.</summary>
/// <remarks>
/// Until sign-in exists every request acts for the configured tenant (<c>Tenancy:DefaultTenant</c>);
/// with sign-in, the tenant comes only from the caller's token, never from the URL or body.
/// </remarks>
public sealed class CurrentTenant(IConfiguration configuration)
{
    public const string DefaultTenantKey = "Tenancy:DefaultTenant";

    public string Slug { get; } = Resolve(configuration[DefaultTenantKey] ?? "demo");

    public string Key(string id) => GrainKeys.For(Slug, id);

    private static string Resolve(string slug)
    {
        if (!TenantSlug.IsValid(slug))
        {
            throw new InvalidOperationException($"{DefaultTenantKey} '{slug}' is not a tenant slug.");
        }

        return slug;
    }
}
