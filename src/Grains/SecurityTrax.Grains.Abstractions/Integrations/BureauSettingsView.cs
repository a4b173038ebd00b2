namespace SecurityTrax.Integrations;

/// <summary>Bureau settings as shown: the API's address, the subscriber code and the API key's last four characters.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.BureauSettingsView")]
public sealed record BureauSettingsView(
    [property: Id(0)] string BaseUrl,
    [property: Id(1)] string SubscriberCode,
    [property: Id(2)] string ApiKeyLast4);
