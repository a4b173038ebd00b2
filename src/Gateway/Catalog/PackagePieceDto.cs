using SecurityTrax.Catalog;

namespace SecurityTrax.Gateway.Catalog;

public sealed record PackagePieceDto(int? EquipmentItemId, int? Quantity)
{
    public PackagePiece ToPiece() => new(EquipmentItemId ?? 0, Quantity ?? 1);

    public static PackagePieceDto From(PackagePiece p) => new(p.EquipmentItemId, p.Quantity);
}
