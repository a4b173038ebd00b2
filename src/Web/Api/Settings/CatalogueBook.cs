namespace SecurityTrax.Web.Api.Settings;

/// <summary><c>GET /api/v1/catalog</c> in full, as the catalogue settings show it: every entry with its own ETag.</summary>
public sealed record CatalogueBook(CatalogueItem[] Items, CatalogueEquipment[] Equipment, CataloguePackage[] Packages, CatalogueTaxRate[] TaxRates);
