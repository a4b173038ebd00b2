using SecurityTrax.Identity;

namespace SecurityTrax.Platform;

[GenerateSerializer, Immutable, Alias("SecurityTrax.NewTenant")]
public sealed record NewTenant(
    [property: Id(0)] string Slug,
    [property: Id(1)] string CompanyName,
    [property: Id(2)] NewUser Admin);
