namespace SecurityTrax.Gateway.Integrations;

/// <summary>A company's HTTP credit bureau account; <see cref="ApiKey"/> shows only its last four characters.</summary>
public sealed record BureauSettingsResponse(string BaseUrl, string SubscriberCode, string ApiKey);
