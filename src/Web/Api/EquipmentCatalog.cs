namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/catalog</c>, as far as the Equipment tab reads it: the models and packages it offers.</summary>
public sealed record EquipmentCatalog(CatalogEquipment[] Equipment, CatalogPackage[] Packages);
