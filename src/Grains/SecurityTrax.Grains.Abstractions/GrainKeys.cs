namespace SecurityTrax;

/// <summary>Builds and parses grain keys of the form <c>{tenant}/{id}</c>.</summary>
/// <remarks>
/// The slash keeps every key from parsing as a hexadecimal integer or Guid in the ADO.NET storage
/// provider, and no key ever contains <c>+</c>, which the provider reads as a key extension.
/// </remarks>
public static class GrainKeys
{
    public const char Separator = '/';

    public static string For(string tenant, string id)
    {
        TenantSlug.Validate(tenant);
        if (string.IsNullOrWhiteSpace(id) || id.Contains('+') || id.Contains(Separator))
        {
            throw new ArgumentException($"'{id}' is not a valid grain id.", nameof(id));
        }

        return string.Concat(tenant, Separator.ToString(), id);
    }

    public static (string Tenant, string Id) Parse(string key)
    {
        var at = key.IndexOf(Separator);
        if (at <= 0 || at == key.Length - 1)
        {
            throw new ArgumentException($"'{key}' is not a tenant grain key.", nameof(key));
        }

        return (key[..at], key[(at + 1)..]);
    }

    public static string TenantOf(string key) => Parse(key).Tenant;
}
