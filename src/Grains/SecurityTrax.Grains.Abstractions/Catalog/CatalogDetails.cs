namespace SecurityTrax.Catalog;

[GenerateSerializer, Immutable, Alias("SecurityTrax.CatalogDetails")]
public sealed record CatalogDetails(
    [property: Id(0)] BillableItem[] Items,
    [property: Id(1)] EquipmentItem[] Equipment,
    [property: Id(2)] EquipmentPackage[] Packages,
    [property: Id(3)] StateTaxRate[] TaxRates)
{
    public BillableItem? Item(int id) => Items.FirstOrDefault(i => i.Id == id);

    public EquipmentItem? Piece(int id) => Equipment.FirstOrDefault(e => e.Id == id);

    /// <summary>The state's rate, or 0 where the dealer has entered none.</summary>
    public decimal RateOf(string? state) => TaxRates.FirstOrDefault(t => t.State == state)?.Rate ?? 0m;
}
