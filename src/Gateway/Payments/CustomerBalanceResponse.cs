using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Payments;

/// <summary>What the customer owes over its open invoices.</summary>
public sealed record CustomerBalanceResponse(long CustomerId, decimal Balance, int OpenInvoices)
{
    public static CustomerBalanceResponse From(CustomerBalance b) => new(b.CustomerId, b.Balance, b.OpenInvoices);
}
