namespace SecurityTrax.Integrations;

public sealed class TwilioRecord
{
    public string AccountSid { get; set; } = "";

    public string EncryptedAuthToken { get; set; } = "";

    public string From { get; set; } = "";
}
