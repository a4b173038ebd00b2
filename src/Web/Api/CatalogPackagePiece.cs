namespace SecurityTrax.Web.Api;

/// <summary>One model in a package, and how many of it.</summary>
public sealed record CatalogPackagePiece(int? EquipmentItemId, int? Quantity);
