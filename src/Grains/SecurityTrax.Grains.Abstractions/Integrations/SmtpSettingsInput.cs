namespace SecurityTrax.Integrations;

/// <summary>The company's mail server; <see cref="Password"/> null keeps the stored one.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.SmtpSettingsInput")]
public sealed record SmtpSettingsInput(
    [property: Id(0)] string Host,
    [property: Id(1)] int Port,
    [property: Id(2)] string Security,
    [property: Id(3)] string? UserName,
    [property: Id(4)] string? Password,
    [property: Id(5)] string From,
    [property: Id(6)] string? FromName);
