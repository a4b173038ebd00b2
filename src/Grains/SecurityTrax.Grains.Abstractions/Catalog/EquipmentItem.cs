namespace SecurityTrax.Catalog;

/// <summary>A piece of equipment (make and model), billed as its linked billable item.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.EquipmentItem")]
public sealed record EquipmentItem(
    [property: Id(0)] int Id,
    [property: Id(1)] string Make,
    [property: Id(2)] string Model,
    [property: Id(3)] int BillableItemId,
    [property: Id(4)] bool Retired,
    [property: Id(5)] int Version)
{
    public string Name => $"{Make} {Model}";
}
