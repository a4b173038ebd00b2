namespace SecurityTrax.Integrations;

/// <summary>SMTP settings as shown: whether a password is stored, never the password.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.SmtpSettingsView")]
public sealed record SmtpSettingsView(
    [property: Id(0)] string Host,
    [property: Id(1)] int Port,
    [property: Id(2)] string Security,
    [property: Id(3)] string? UserName,
    [property: Id(4)] bool PasswordSet,
    [property: Id(5)] string From,
    [property: Id(6)] string? FromName);
