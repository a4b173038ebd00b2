namespace SecurityTrax.Gateway.Integrations;

/// <summary>A company's mail server; <see cref="Password"/> is "set" or null, never the password.</summary>
public sealed record SmtpSettingsResponse(string Host, int Port, string Security, string? UserName, string? Password, string From, string? FromName);
