namespace SecurityTrax.Dunning;

/// <summary>Where the chase of one invoice stands.</summary>
public enum DunningStatus
{
    /// <summary>Retries and notices are scheduled.</summary>
    Active,

    /// <summary>A retry paid the invoice.</summary>
    Paid,

    /// <summary>The last scheduled retry failed: the customer is past due and dunning stopped.</summary>
    Failed,

    /// <summary>The invoice was paid by other means, voided or deleted.</summary>
    Stopped,
}
