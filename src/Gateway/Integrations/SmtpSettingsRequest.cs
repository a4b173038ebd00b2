using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Integrations;

/// <summary>The company's mail server; leave <see cref="Password"/> out to keep the stored one.</summary>
public sealed record SmtpSettingsRequest(
    [property: Required] string? Host, int? Port, string? Security, string? UserName, string? Password,
    [property: Required] string? From, string? FromName);
