namespace SecurityTrax.Invoices;

/// <summary>
/// Money applied to an invoice (a credit memo now; payments later), or drawn from a credit memo.
/// <see cref="Id"/> is the operation id, so applying the same operation twice changes nothing; <see cref="Number"/> is its
/// public id within the invoice (0 in state stored before there were numbers).
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceApplication")]
public sealed record InvoiceApplication(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] long OtherId,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] DateTimeOffset AppliedAt,
    [property: Id(5)] int Number = 0);
