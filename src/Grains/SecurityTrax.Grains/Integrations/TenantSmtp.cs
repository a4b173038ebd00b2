namespace SecurityTrax.Integrations;

/// <summary>A company's mail server with its password in clear (silo only).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TenantSmtp")]
public sealed record TenantSmtp(
    [property: Id(0)] string Host,
    [property: Id(1)] int Port,
    [property: Id(2)] string Security,
    [property: Id(3)] string? UserName,
    [property: Id(4)] string? Password,
    [property: Id(5)] string From,
    [property: Id(6)] string? FromName);
