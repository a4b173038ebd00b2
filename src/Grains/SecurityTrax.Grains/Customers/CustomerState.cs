using SecurityTrax.Outbox;

namespace SecurityTrax.Customers;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CustomerState : IHasOutbox
{
    public bool Exists { get; set; }

    public bool Deleted { get; set; }

    public CustomerStage Stage { get; set; }

    public CustomerProfile? Profile { get; set; }

    /// <summary>Encrypted (<see cref="Security.ConfidentialCipher"/>); never stored in clear.</summary>
    public string? SsnProtected { get; set; }

    public string? DateOfBirthProtected { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>In priority order.</summary>
    public List<ContactRecord> Contacts { get; set; } = [];

    public int LastContactId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ConvertedAt { get; set; }

    /// <summary>Applied from a completed credit report; null until one is.</summary>
    public CreditReports.CreditScore? CreditScore { get; set; }

    /// <summary>Set by dunning when an automatic payment failed finally; cleared when nothing is past due any more.</summary>
    public bool PastDue { get; set; }

    /// <summary>Service suspended after dunning's final failure (a flag for the office); cleared by paying or by hand.</summary>
    public bool Suspended { get; set; }

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
