namespace SecurityTrax.Equipment;

/// <summary>One piece of equipment on a customer as the office enters it.</summary>
/// <remarks><see cref="EquipmentItemId"/> is required for new rows; rows brought over from an invoice may have none.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.EquipmentInput")]
public sealed record EquipmentInput(
    [property: Id(0)] int? EquipmentItemId,
    [property: Id(1)] int Quantity,
    [property: Id(2)] string? Zone,
    [property: Id(3)] int? ZoneNumber,
    [property: Id(4)] string? SoldByUserId,
    [property: Id(5)] bool Paid);
