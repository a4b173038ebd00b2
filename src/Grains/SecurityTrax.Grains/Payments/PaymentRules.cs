using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.Payments;

/// <summary>Checks of a new payment; every invalid field is reported at once.</summary>
public static class PaymentRules
{
    public const int MaxApplications = 50;

    public static NewPayment Normalize(NewPayment p, DateOnly today, List<FieldError> errors)
    {
        Amount(errors, "amount", p.Amount);
        if (p.Type is not (PaymentType.Sale or PaymentType.Credit))
        {
            errors.Add(new FieldError("type", "Use sale or credit; refunds are made from the payment they refund."));
        }

        if (p.ManualKind is { } manual && (manual is PaymentMethodKind.Card or PaymentMethodKind.BankAccount || !Enum.IsDefined(manual)))
        {
            errors.Add(new FieldError("manualKind", "Use cash, check or other."));
        }

        if (p.ManualKind is not null && p.BillingMethodId is not null)
        {
            errors.Add(new FieldError("billingMethodId", "Either a billing method to process or a manual kind, not both."));
        }

        if (p.ManualKind is not null && p.Type == PaymentType.Credit)
        {
            errors.Add(new FieldError("type", "A credit is pushed to a card; record money paid out by hand as a refund of a payment."));
        }

        if (p.PostingDate is { } date && (date < today || date > today.AddYears(1)))
        {
            errors.Add(new FieldError("postingDate", "From today to a year ahead."));
        }

        if (p.OneTimeToken is not null && (p.ManualKind is not null || p.BillingMethodId is not null || p.Type != PaymentType.Sale))
        {
            errors.Add(new FieldError("token", "A one-time payment-method token pays a sale by itself, without a billing method or manual kind."));
        }

        if (p.InBrowser && (p.OneTimeToken is not null || p.ManualKind is not null || p.BillingMethodId is not null || p.Type != PaymentType.Sale || p.SaveOnly || p.PostingDate is not null))
        {
            errors.Add(new FieldError("token", "A payment the customer confirms in the browser is a sale made now, without a token, billing method or manual kind."));
        }

        if ((p.SaveMethod || p.MakeDefault) && p.OneTimeToken is null && !p.InBrowser)
        {
            errors.Add(new FieldError("saveMethod", "Only a method the customer enters for this payment is saved from it."));
        }

        if (p.PostingDate is not null && p.ManualKind is not null)
        {
            errors.Add(new FieldError("postingDate", "Only processed payments wait for a posting date."));
        }

        if (p.SaveOnly && p.ManualKind is not null)
        {
            errors.Add(new FieldError("processNow", "Cash, check and other are recorded as received; only card and bank payments wait to be processed."));
        }

        if (p.SaveOnly && p.Type == PaymentType.Credit)
        {
            errors.Add(new FieldError("processNow", "A credit is made at once, as a refund of an earlier charge."));
        }

        var applications = p.Applications ?? [];
        if (applications.Length > MaxApplications)
        {
            errors.Add(new FieldError("applications", $"At most {MaxApplications}."));
        }

        for (var i = 0; i < applications.Length; i++)
        {
            Amount(errors, $"applications[{i}].amount", applications[i].Amount);
        }

        if (p.Type == PaymentType.Credit && applications.Length > 0)
        {
            errors.Add(new FieldError("applications", "A credit pays no invoice."));
        }

        if (applications.Sum(a => a.Amount) > p.Amount)
        {
            errors.Add(new FieldError("applications", "Together they are more than the payment."));
        }

        if (applications.Select(a => a.InvoiceId).Distinct().Count() != applications.Length)
        {
            errors.Add(new FieldError("applications", "Each invoice once."));
        }

        return p with
        {
            Reference = FieldChecks.Text(errors, "reference", p.Reference, 60),
            Note = FieldChecks.Text(errors, "note", p.Note, 500),
            ReceiptTo = FieldChecks.Email(errors, "receiptTo", p.ReceiptTo),
            Applications = applications,
        };
    }

    /// <summary>More than 0, in cents, within the money limits.</summary>
    public static void Amount(List<FieldError> errors, string field, decimal amount)
    {
        var before = errors.Count;
        MoneyChecks.Money(errors, field, amount);
        if (errors.Count == before && amount == 0)
        {
            errors.Add(new FieldError(field, "Must be more than 0."));
        }
    }

    public static void Check(string field, decimal amount, decimal available, string availableText)
    {
        var errors = new List<FieldError>();
        Amount(errors, field, amount);
        if (errors.Count == 0 && amount > available)
        {
            errors.Add(new FieldError(field, $"At most {PaymentBook.Money(available)}, {availableText}."));
        }

        SecurityTraxException.ThrowIfAny(errors);
    }

    public static string ManualDisplay(PaymentMethodKind kind, string? reference) => kind switch
    {
        PaymentMethodKind.Check when reference is not null => $"Check {reference}",
        PaymentMethodKind.Check => "Check",
        PaymentMethodKind.Cash => "Cash",
        _ => "Other",
    };
}
