namespace SecurityTrax.Payments;

/// <summary>
/// An edit of a payment as of <see cref="ExpectedVersion"/>: a null member keeps its value; an empty text clears it.
/// <see cref="ClearPostingDate"/> removes the desired posting date. <see cref="Amount"/> and <see cref="BillingMethodId"/>
/// are never changed: naming a different one is refused with the reason.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PaymentChanges")]
public sealed record PaymentChanges(
    [property: Id(0)] int ExpectedVersion,
    [property: Id(1)] string? Reference,
    [property: Id(2)] string? Note,
    [property: Id(3)] DateOnly? PostingDate,
    [property: Id(4)] bool ClearPostingDate,
    [property: Id(5)] decimal? Amount,
    [property: Id(6)] string? BillingMethodId);
