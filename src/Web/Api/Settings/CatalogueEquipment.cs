namespace SecurityTrax.Web.Api.Settings;

/// <summary>An equipment model (make and model) billed as one of the catalogue's items.</summary>
public sealed record CatalogueEquipment(int Id, string Make, string Model, int BillableItemId, bool Retired, string ETag);
