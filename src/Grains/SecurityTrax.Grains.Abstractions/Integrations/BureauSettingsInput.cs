namespace SecurityTrax.Integrations;

/// <summary>The company's account at the HTTP credit bureau; an API key left null keeps the stored one.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.BureauSettingsInput")]
public sealed record BureauSettingsInput(
    [property: Id(0)] string BaseUrl,
    [property: Id(1)] string SubscriberCode,
    [property: Id(2)] string? ApiKey);
