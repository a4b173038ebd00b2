namespace SecurityTrax.Catalog;

[GenerateSerializer, Immutable, Alias("SecurityTrax.EquipmentPackageInput")]
public sealed record EquipmentPackageInput(
    [property: Id(0)] string Name,
    [property: Id(1)] PackagePiece[] Pieces);
