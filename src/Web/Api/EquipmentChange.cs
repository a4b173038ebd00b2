namespace SecurityTrax.Web.Api;

/// <summary>
/// The body of <c>PUT /api/v1/customers/{id}/equipment/{rowId}</c>: every member the PUT takes, so what the screen does
/// not edit (model, seller) goes back as it was read instead of being cleared.
/// </summary>
public sealed record EquipmentChange(int? EquipmentItemId, int? Quantity, string? Zone, int? ZoneNumber, long? SoldByUserId, bool Paid);
