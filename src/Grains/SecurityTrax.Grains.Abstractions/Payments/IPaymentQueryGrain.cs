using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>Payment lists and customer balances from the read models; key <c>{tenant}/payment-queries</c>.</summary>
[Alias("SecurityTrax.IPaymentQueryGrain")]
public interface IPaymentQueryGrain : ITenantGrain
{
    public const string Id = "payment-queries";

    public const int MaxPage = 200;

    [Alias("List")]
    Task<PaymentPage> ListAsync(PaymentListQuery query);

    /// <summary>The sum of dues of the customer's open invoices, kept current by the invoices' outboxes.</summary>
    [Alias("Balance")]
    Task<CustomerBalance> BalanceAsync(long customerId);

    /// <summary>The payment a processor transaction belongs to, or null.</summary>
    [Alias("FindByTransaction")]
    Task<long?> FindByTransactionAsync(string transactionId);
}
