using SecurityTrax.Catalog;

namespace SecurityTrax.Gateway.Catalog;

public sealed record CatalogResponse(
    BillableItemResponse[] Items, EquipmentItemResponse[] Equipment, PackageResponse[] Packages, TaxRateResponse[] TaxRates)
{
    public static CatalogResponse From(CatalogDetails c, bool includeRetired) => new(
        [.. c.Items.Where(i => includeRetired || !i.Retired).Select(BillableItemResponse.From)],
        [.. c.Equipment.Where(e => includeRetired || !e.Retired).Select(EquipmentItemResponse.From)],
        [.. c.Packages.Where(p => includeRetired || !p.Retired).Select(PackageResponse.From)],
        [.. c.TaxRates.Select(TaxRateResponse.From)]);
}
