using SecurityTrax.Catalog;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Catalog;

public sealed record PackageResponse(int Id, string Name, PackagePieceDto[] Pieces, bool Retired, string ETag)
{
    public static PackageResponse From(EquipmentPackage p) => new(p.Id, p.Name, [.. p.Pieces.Select(PackagePieceDto.From)], p.Retired, ETags.Format(p.Version));
}
