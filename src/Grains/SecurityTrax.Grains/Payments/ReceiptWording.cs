using System.Globalization;
using SecurityTrax.Invoices;

namespace SecurityTrax.Payments;

/// <summary>What a receipt says happened: "Paid in full" only when every invoice the payment went to owes nothing more.</summary>
public static class ReceiptWording
{
    /// <summary>The result line of a payment's receipt, from the dues of the invoices it was applied to (after applying).</summary>
    public static async Task<string> ResultAsync(IGrainFactory grains, string tenant, PaymentState payment)
    {
        if (payment.Type == PaymentType.Credit)
        {
            return $"Credit of ${PaymentBook.Money(payment.Amount)} to {payment.MethodDisplay}";
        }

        var applied = payment.Applications.Where(a => a.SyncedAmount > 0).ToList();
        var unapplied = PaymentBook.Unapplied(payment);
        if (applied.Count == 0)
        {
            return $"${PaymentBook.Money(payment.Amount)} received on account";
        }

        var open = new List<string>();
        foreach (var application in applied)
        {
            var invoice = await grains.GetGrain<IInvoiceGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(application.InvoiceId))).GetAsync();
            if (invoice.Totals.Due > 0)
            {
                open.Add(string.Create(CultureInfo.InvariantCulture, $"${PaymentBook.Money(invoice.Totals.Due)} still due on invoice {invoice.Id}"));
            }
        }

        var result = open.Count == 0
            ? applied.Count == 1 ? $"Paid in full (invoice {applied[0].InvoiceId})" : "Paid in full"
            : "Partial payment: " + string.Join("; ", open);
        return unapplied > 0 ? $"{result}; ${PaymentBook.Money(unapplied)} kept as credit on your account" : result;
    }
}
