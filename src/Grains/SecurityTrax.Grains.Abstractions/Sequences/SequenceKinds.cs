namespace SecurityTrax.Sequences;

public static class SequenceKinds
{
    public const string Customer = "customer";

    public const string Message = "message";

    public const string Campaign = "campaign";

    /// <summary>Invoices, quotes and credit memos share one sequence.</summary>
    public const string Invoice = "invoice";

    /// <summary>Recurring invoices have numbers of their own; the invoices they make take invoice numbers.</summary>
    public const string RecurringInvoice = "recurring_invoice";
    /// <summary>Payments and refunds (a refund is a payment of its own).</summary>
    public const string Payment = "payment";

    public static string GrainId(string kind) => $"seq-{kind}";

    /// <summary>The first number of a kind: four-digit numbers read as real account numbers.</summary>
    public static long FirstNumber(string kind) => kind switch
    {
        Customer => 1001,
        Invoice => 1001,
        Payment => 1001,
        _ => 1,
    };
}
