using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Invoices;

public static class InvoiceRules
{
    /// <summary>No sale date means today (the company's day); dates stay within 2000–2100.</summary>
    public static InvoiceHeader Normalize(InvoiceHeader header, DateOnly today, List<FieldError> errors)
    {
        var saleDate = header.SaleDate ?? today;
        if (saleDate.Year is < 2000 or > 2100)
        {
            errors.Add(new FieldError("saleDate", "A sale date between 2000 and 2100."));
        }

        if (!Enum.IsDefined(header.Term))
        {
            errors.Add(new FieldError("term", "Use due_on_receipt, net7, net10, net15, net20, net30, net45, net60 or net90."));
        }

        return new InvoiceHeader(
            saleDate, header.Term, FieldChecks.Text(errors, "poNumber", header.PoNumber, 40), FieldChecks.Text(errors, "note", header.Note, 2000));
    }

    /// <summary>An amount of credit to apply: more than 0, in cents.</summary>
    public static void CheckCredit(decimal amount, decimal available, string availableText)
    {
        var errors = new List<FieldError>();
        MoneyChecks.Money(errors, "amount", amount);
        if (errors.Count == 0 && amount == 0)
        {
            errors.Add(new FieldError("amount", "Must be more than 0."));
        }
        SecurityTraxException.ThrowIfAny(errors);
        if (amount > available)
        {
            // Well-formed, but more than the other record has left: a conflict with its state, named by field.
            var reason = $"At most {InvoiceChanges.Money(available)}, {availableText}.";
            throw new SecurityTraxException(ErrorKind.Conflict, reason, [new FieldError("amount", reason)]);
        }
    }
}
