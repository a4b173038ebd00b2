namespace SecurityTrax.Messages.Delivery;

public sealed class TwilioOptions
{
    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>The sending number (E.164) or a messaging service sid (MG…).</summary>
    public string? From { get; set; }

    /// <summary>Public base URL of the gateway, e.g. https://office.example.com; status callbacks go to it.</summary>
    public string? CallbackBaseUrl { get; set; }
}
