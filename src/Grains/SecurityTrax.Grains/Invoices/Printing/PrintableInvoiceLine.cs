namespace SecurityTrax.Invoices.Printing;

/// <summary>One line as printed; <see cref="TaxRate"/> is a percentage (8.375 means 8.375 %).</summary>
public sealed record PrintableInvoiceLine(decimal Quantity, string Description, decimal UnitPrice, decimal Amount, decimal TaxRate);
