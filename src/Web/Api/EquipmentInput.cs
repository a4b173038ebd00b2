namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/customers/{id}/equipment</c>: a catalogue model, how many, and where it sits.</summary>
public sealed record EquipmentInput(int? EquipmentItemId, int? Quantity, string? Zone, int? ZoneNumber);
