namespace SecurityTrax.Web.Api;

/// <summary>A line as the API keeps it; amount and tax are rounded to the cent there.</summary>
public sealed record InvoiceLine(
    int Id, int ItemId, string Kind, string Description, decimal Quantity, decimal UnitPrice, decimal Amount, decimal TaxRate, decimal Tax, string Source);
