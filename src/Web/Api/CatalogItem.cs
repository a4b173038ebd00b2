namespace SecurityTrax.Web.Api;

/// <summary>A billable item of the catalogue: what an invoice row picks, with the price it starts with.</summary>
public sealed record CatalogItem(int Id, string Name, string? Description, decimal UnitPrice, bool Taxable, string Kind, bool Retired);
