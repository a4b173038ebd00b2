namespace SecurityTrax.Gateway.Integrations;

/// <summary>One provider's settings: <see cref="Source"/> is "company" with its masked settings, or "platform" (no settings of its own).</summary>
public sealed record ProviderSettingsResponse<T>(string Source, T? Settings)
    where T : class
{
    public static ProviderSettingsResponse<T> Of(T? settings) => new(settings is null ? "platform" : "company", settings);
}
