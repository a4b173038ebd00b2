namespace SecurityTrax.Integrations;

/// <summary>The company's HTTP credit bureau account as stored; the API key only encrypted.</summary>
public sealed class BureauRecord
{
    public string BaseUrl { get; set; } = "";

    public string SubscriberCode { get; set; } = "";

    public string EncryptedApiKey { get; set; } = "";

    /// <summary>Shown to admins so they can tell which key is stored.</summary>
    public string ApiKeyLast4 { get; set; } = "";
}
