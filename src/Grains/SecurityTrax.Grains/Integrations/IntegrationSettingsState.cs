using SecurityTrax.Outbox;

namespace SecurityTrax.Integrations;

/// <summary>Stored as JSON; secrets only in their encrypted form (<see cref="Security.ConfidentialCipher"/>). Add members, never rename.</summary>
public sealed class IntegrationSettingsState : IHasOutbox
{
    public SmtpRecord? Smtp { get; set; }

    public TwilioRecord? Twilio { get; set; }

    public StripeRecord? Stripe { get; set; }

    /// <summary>Stripe keys replaced or removed, newest last (at most <c>IntegrationSettingsGrain.RetiredStripeKeysKept</c>).</summary>
    public List<RetiredStripeKey> RetiredStripe { get; set; } = [];

    /// <summary>The HTTP credit bureau account (credit reports).</summary>
    public BureauRecord? Bureau { get; set; }

    public int Version { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
