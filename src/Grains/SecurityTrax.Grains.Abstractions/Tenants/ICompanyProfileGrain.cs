using SecurityTrax.Identity;

namespace SecurityTrax.Tenants;

/// <summary>The company as its documents show it (legal name, address, contacts, licences, logo); key <c>{tenant}/company-profile</c>.</summary>
[Alias("SecurityTrax.ICompanyProfileGrain")]
public interface ICompanyProfileGrain : ITenantGrain
{
    public const string Id = "company-profile";

    /// <summary>The largest logo accepted, in bytes: it is printed on every PDF, so it stays small.</summary>
    public const int MaxLogoBytes = 256 * 1024;

    [Alias("Get")]
    Task<CompanyProfileDetails> GetAsync();

    /// <summary>Replaces the profile's text members as of <paramref name="expectedVersion"/>; the logo stays.</summary>
    [Alias("Update")]
    Task<CompanyProfileDetails> UpdateAsync(CompanyProfileInput input, int expectedVersion);

    /// <summary>The logo image; not found when none is set.</summary>
    [Alias("GetLogo")]
    Task<CompanyLogo> GetLogoAsync();

    /// <summary>The logo image, or null when none is set (for printing).</summary>
    [Alias("FindLogo")]
    Task<CompanyLogo?> FindLogoAsync();

    /// <summary>Sets the logo (PNG or JPEG, at most <see cref="MaxLogoBytes"/>; the type is read from the bytes).</summary>
    [Alias("SetLogo")]
    Task<CompanyProfileDetails> SetLogoAsync(byte[] content, int expectedVersion);

    [Alias("RemoveLogo")]
    Task<CompanyProfileDetails> RemoveLogoAsync(int expectedVersion);
}
