namespace SecurityTrax.Web.Api.Settings;

/// <summary>One piece of a package: an equipment model and how many (read and sent alike).</summary>
public sealed record CataloguePiece(int? EquipmentItemId, int? Quantity);
