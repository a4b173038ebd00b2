namespace SecurityTrax.Payments.Processing;

/// <summary>What the processor answered: the outcome, its transaction id, the reason of a decline and a log line.</summary>
public sealed record ProcessorAnswer(ProcessorOutcome Outcome, string? TransactionId, string? Reason, string Detail)
{
    public static ProcessorAnswer Unknown(string detail) => new(ProcessorOutcome.Unknown, null, null, detail);
}
