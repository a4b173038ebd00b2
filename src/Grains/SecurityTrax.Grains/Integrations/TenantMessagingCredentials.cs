namespace SecurityTrax.Integrations;

/// <summary>A company's messaging accounts in clear; <see cref="Version"/> changes whenever any of them changes.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TenantMessagingCredentials")]
public sealed record TenantMessagingCredentials(
    [property: Id(0)] TenantSmtp? Smtp,
    [property: Id(1)] TenantTwilio? Twilio,
    [property: Id(2)] int Version);
