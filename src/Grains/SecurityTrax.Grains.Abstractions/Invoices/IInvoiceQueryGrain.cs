using SecurityTrax.Identity;

namespace SecurityTrax.Invoices;

/// <summary>Invoice lists from the read model; key <c>{tenant}/invoice-queries</c>.</summary>
[Alias("SecurityTrax.IInvoiceQueryGrain")]
public interface IInvoiceQueryGrain : ITenantGrain
{
    public const string Id = "invoice-queries";

    [Alias("List")]
    Task<InvoicePage> ListAsync(InvoiceListQuery query);

    /// <summary>What the customer's open invoices still owe and how many owe something (quotes, credit memos and void invoices never count).</summary>
    [Alias("Balance")]
    Task<CustomerBalance> BalanceAsync(long customerId);
}
