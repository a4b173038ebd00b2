using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>Payment lists from the read model; key <c>{tenant}/payment-queries</c>.</summary>
[Alias("SecurityTrax.IPaymentQueryGrain")]
public interface IPaymentQueryGrain : ITenantGrain
{
    public const string Id = "payment-queries";

    public const int MaxPage = 200;

    [Alias("List")]
    Task<PaymentPage> ListAsync(PaymentListQuery query);

    /// <summary>The payment a processor transaction belongs to, or null.</summary>
    [Alias("FindByTransaction")]
    Task<long?> FindByTransactionAsync(string transactionId);
}
