namespace SecurityTrax.Gateway.Catalog;

/// <summary>Make and model, billed as the catalogue item <see cref="BillableItemId"/> (of kind equipment).</summary>
public sealed record EquipmentItemRequest(string? Make, string? Model, int? BillableItemId);
