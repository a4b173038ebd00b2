using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Invoices;

/// <summary>Input checks of money, quantities and tax rates; each adds a field error and returns the value.</summary>
public static class MoneyChecks
{
    public const decimal MaxQuantity = 100_000m;

    /// <summary>Cents: at least 0, at most 1,000,000.00, two decimals at most.</summary>
    public static decimal Money(List<FieldError> errors, string field, decimal value) => FieldChecks.Money(errors, field, value);

    /// <summary>More than 0, at most two decimals (1.5 hours of labour).</summary>
    public static decimal Quantity(List<FieldError> errors, string field, decimal value)
    {
        if (value <= 0)
        {
            errors.Add(new FieldError(field, "Must be more than 0."));
        }
        else if (value > MaxQuantity)
        {
            errors.Add(new FieldError(field, $"Must be at most {MaxQuantity:0}."));
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors.Add(new FieldError(field, "At most two decimals."));
        }

        return value;
    }

    /// <summary>A percentage from 0 to 100 with at most three decimals (8.375).</summary>
    public static decimal TaxRate(List<FieldError> errors, string field, decimal value)
    {
        if (value < 0 || value > 100)
        {
            errors.Add(new FieldError(field, "A percentage from 0 to 100."));
        }
        else if (decimal.Round(value, 3) != value)
        {
            errors.Add(new FieldError(field, "At most three decimals (8.375)."));
        }

        return value;
    }
}
