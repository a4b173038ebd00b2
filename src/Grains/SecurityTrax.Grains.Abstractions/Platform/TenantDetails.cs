namespace SecurityTrax.Platform;

[GenerateSerializer, Immutable, Alias("SecurityTrax.TenantDetails")]
public sealed record TenantDetails(
    [property: Id(0)] string Slug,
    [property: Id(1)] string CompanyName,
    [property: Id(2)] DateTimeOffset CreatedAt);
