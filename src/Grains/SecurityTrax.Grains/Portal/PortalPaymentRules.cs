using SecurityTrax.Errors;
using SecurityTrax.Payments;

namespace SecurityTrax.Portal;

/// <summary>What the portal may pay: invoices only (no money on account), the link's invoice only for an invoice link.</summary>
public static class PortalPaymentRules
{
    public static void Check(PayLinkScope scope, PortalPayment payment, bool inBrowser, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(payment.Token) && !inBrowser)
        {
            errors.Add(new FieldError("token", "Pay with a card or bank account from the payment form."));
        }

        if (payment.MakeDefault && !payment.SaveMethod)
        {
            errors.Add(new FieldError("makeDefault", "Only a method you save can be the default for automatic payments."));
        }

        var applications = payment.Applications ?? [];
        if (applications.Length == 0)
        {
            errors.Add(new FieldError("applications", "Choose at least one invoice to pay."));
        }

        if (applications.Length > PaymentRules.MaxApplications)
        {
            errors.Add(new FieldError("applications", $"At most {PaymentRules.MaxApplications} invoices at once."));
        }

        for (var i = 0; i < applications.Length; i++)
        {
            if (applications.Take(i).Any(a => a.InvoiceId == applications[i].InvoiceId))
            {
                errors.Add(new FieldError($"applications[{i}].invoiceId", "Each invoice once."));
            }
            else if (scope.InvoiceId is { } only && applications[i].InvoiceId != only)
            {
                errors.Add(new FieldError($"applications[{i}].invoiceId", $"This link pays invoice {only} only."));
            }

            if (applications[i].Amount <= 0)
            {
                errors.Add(new FieldError($"applications[{i}].amount", "More than zero."));
            }
        }
    }
}
