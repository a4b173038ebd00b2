namespace SecurityTrax.Tenants;

/// <summary>The company's logo image: <c>image/png</c> or <c>image/jpeg</c>, small (see <see cref="ICompanyProfileGrain.MaxLogoBytes"/>).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CompanyLogo")]
public sealed record CompanyLogo(
    [property: Id(0)] string ContentType,
    [property: Id(1)] byte[] Content);
