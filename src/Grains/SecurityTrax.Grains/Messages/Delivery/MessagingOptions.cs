using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Messages.Delivery;

/// <summary>Platform-wide messaging settings (section <c>Messaging</c>); without them messages stay in the local outbox.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public SmtpOptions Smtp { get; set; } = new();

    public TwilioOptions Twilio { get; set; } = new();

    /// <summary>Campaign messages a tenant may send per second.</summary>
    [Range(1, 10_000)]
    public int CampaignMessagesPerSecond { get; set; } = 20;

    public IEnumerable<string> Problems()
    {
        if (!string.IsNullOrWhiteSpace(Smtp.Host) && string.IsNullOrWhiteSpace(Smtp.From))
        {
            yield return $"{Section}:Smtp:From is required when {Section}:Smtp:Host is set.";
        }

        if (!string.IsNullOrWhiteSpace(Twilio.AccountSid))
        {
            if (string.IsNullOrWhiteSpace(Twilio.AuthToken))
            {
                yield return $"{Section}:Twilio:AuthToken is required when {Section}:Twilio:AccountSid is set.";
            }

            if (string.IsNullOrWhiteSpace(Twilio.From))
            {
                yield return $"{Section}:Twilio:From is required when {Section}:Twilio:AccountSid is set.";
            }
        }
    }
}
