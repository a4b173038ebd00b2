namespace SecurityTrax.Invoices;

/// <summary>What a customer owes: the sum of the dues of its open invoices, and how many there are.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CustomerBalance")]
public sealed record CustomerBalance(
    [property: Id(0)] long CustomerId,
    [property: Id(1)] decimal Balance,
    [property: Id(2)] int OpenInvoices);
