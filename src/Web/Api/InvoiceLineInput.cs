namespace SecurityTrax.Web.Api;

/// <summary>A line to add or replace: the item and quantity; the unit price as typed (the item's when null).</summary>
public sealed record InvoiceLineInput(int? ItemId, decimal? Quantity, string? Description, decimal? UnitPrice);
