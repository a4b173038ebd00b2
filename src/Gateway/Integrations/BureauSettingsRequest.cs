using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Integrations;

/// <summary>The company's account at the HTTP credit bureau; leave <see cref="ApiKey"/> out to keep the stored one.</summary>
public sealed record BureauSettingsRequest([property: Required] string? BaseUrl, [property: Required] string? SubscriberCode, string? ApiKey);
