namespace SecurityTrax.Payments;

/// <summary>
/// Part of a payment on an invoice. <see cref="Amount"/> is what the payment means to have applied,
/// <see cref="SyncedAmount"/> what the invoice confirmed; they differ only while the invoice is being told.
/// </summary>
public sealed class ApplicationRecord
{
    public string Id { get; set; } = "";

    /// <summary>The application's number within its payment (what the API shows); 0 in state stored before there were numbers.</summary>
    public int Number { get; set; }

    public long InvoiceId { get; set; }

    public decimal Amount { get; set; }

    public decimal SyncedAmount { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>What this application keeps from the unapplied amount: the larger of the two while in flight.</summary>
    public decimal Reserved => Math.Max(Amount, SyncedAmount);

    public bool InSync => Amount == SyncedAmount;
}
