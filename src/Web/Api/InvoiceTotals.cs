namespace SecurityTrax.Web.Api;

public sealed record InvoiceTotals(decimal SubTotal, decimal TaxTotal, decimal GrandTotal, decimal Applied, decimal Due, decimal CreditLeft);
