using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>The grants a money write needs: one list read by the gateway's handlers and by the payment grains.</summary>
public static class PaymentGrants
{
    public static readonly string Create = Grants.For("payments", Grants.Create);
    public static readonly string Modify = Grants.For("payments", Grants.Modify);
    public static readonly string Delete = Grants.For("payments", Grants.Delete);

    /// <summary>
    /// Recording needs <c>payments.create</c>; moving money now (a charge, or any credit) also <c>payments.process</c>,
    /// and a credit <c>payments.issue_credit</c>. A payment saved without processing moves no money yet.
    /// </summary>
    public static string[] ToRecord(NewPayment payment)
    {
        var processes = payment.ManualKind is null && (!payment.SaveOnly || payment.Type == PaymentType.Credit);
        var credit = payment.Type == PaymentType.Credit;
        return [Create, .. processes ? [Grants.PaymentsProcess] : Array.Empty<string>(), .. credit ? [Grants.PaymentsIssueCredit] : Array.Empty<string>()];
    }

    /// <summary>A recorded payment is taken back with <c>payments.delete</c>; a processed one is cancelled with <c>payments.process</c>.</summary>
    public static string ToVoid(bool processed) => processed ? Grants.PaymentsProcess : Delete;
}
