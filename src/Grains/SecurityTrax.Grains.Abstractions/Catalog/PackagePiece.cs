namespace SecurityTrax.Catalog;

[GenerateSerializer, Immutable, Alias("SecurityTrax.PackagePiece")]
public sealed record PackagePiece(
    [property: Id(0)] int EquipmentItemId,
    [property: Id(1)] int Quantity);
