namespace SecurityTrax.Web.Api.Settings;

/// <summary>A billable item; <see cref="ETag"/> is the If-Match of a change to it.</summary>
public sealed record CatalogueItem(int Id, string Name, string? Description, decimal UnitPrice, bool Taxable, string Kind, bool Retired, string ETag);
