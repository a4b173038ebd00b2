namespace SecurityTrax.Payments.Processing;

/// <summary>What the processor answered: the outcome, its transaction id, the reason of a decline and a log line.</summary>
/// <remarks>
/// A charge the customer confirms in the browser also answers its <see cref="ClientSecret"/> when made, and the
/// <see cref="Method"/> the customer paid with once the processor knows it.
/// </remarks>
public sealed record ProcessorAnswer(ProcessorOutcome Outcome, string? TransactionId, string? Reason, string Detail)
{
    public string? ClientSecret { get; init; }

    public AttachedMethod? Method { get; init; }

    public static ProcessorAnswer Unknown(string detail) => new(ProcessorOutcome.Unknown, null, null, detail);
}
