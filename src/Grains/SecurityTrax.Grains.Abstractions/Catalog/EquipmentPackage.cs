namespace SecurityTrax.Catalog;

/// <summary>A named set of equipment with quantities ("Starter kit": 1 panel, 3 door contacts, 1 motion).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.EquipmentPackage")]
public sealed record EquipmentPackage(
    [property: Id(0)] int Id,
    [property: Id(1)] string Name,
    [property: Id(2)] PackagePiece[] Pieces,
    [property: Id(3)] bool Retired,
    [property: Id(4)] int Version);
