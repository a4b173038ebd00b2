namespace SecurityTrax.CreditReports;

/// <summary>A pull to run: the operation key (from the Idempotency-Key; a repeat never pulls twice), the bureau and the subject's consent.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CreditPullInput")]
public sealed record CreditPullInput(
    [property: Id(0)] string OperationKey,
    [property: Id(1)] string Bureau,
    [property: Id(2)] ConsentMethod Consent);
