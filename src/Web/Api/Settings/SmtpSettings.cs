namespace SecurityTrax.Web.Api.Settings;

/// <summary>The company's mail server as read (password only "set" or null) and as sent (a password only to replace it).</summary>
public sealed record SmtpSettings(string? Host, int? Port, string? Security, string? UserName, string? Password, string? From, string? FromName);
