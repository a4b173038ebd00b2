namespace SecurityTrax.Catalog;

[GenerateSerializer, Immutable, Alias("SecurityTrax.EquipmentItemInput")]
public sealed record EquipmentItemInput(
    [property: Id(0)] string Make,
    [property: Id(1)] string Model,
    [property: Id(2)] int BillableItemId);
