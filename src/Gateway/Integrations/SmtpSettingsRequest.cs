namespace SecurityTrax.Gateway.Integrations;

/// <summary>The company's mail server; leave <see cref="Password"/> out to keep the stored one.</summary>
public sealed record SmtpSettingsRequest(
    string? Host, int? Port, string? Security, string? UserName, string? Password, string? From, string? FromName);
