using SecurityTrax.Identity;

namespace SecurityTrax.Catalog;

/// <summary>A tenant's catalogue: billable items, equipment, equipment packages and sales tax rates; key <c>{tenant}/catalog</c>.</summary>
/// <remarks>Each entry carries its own version; removing an entry retires it, so invoices and equipment that name it stay readable.</remarks>
[Alias("SecurityTrax.ICatalogGrain")]
public interface ICatalogGrain : ITenantGrain
{
    public const string Id = "catalog";

    [Alias("Get")]
    Task<CatalogDetails> GetAsync();

    [Alias("AddItem")]
    Task<BillableItem> AddItemAsync(BillableItemInput item);

    [Alias("UpdateItem")]
    Task<BillableItem> UpdateItemAsync(int itemId, BillableItemInput item, int expectedVersion);

    [Alias("RetireItem")]
    Task RetireItemAsync(int itemId, int expectedVersion);

    [Alias("AddEquipment")]
    Task<EquipmentItem> AddEquipmentAsync(EquipmentItemInput equipment);

    [Alias("UpdateEquipment")]
    Task<EquipmentItem> UpdateEquipmentAsync(int equipmentId, EquipmentItemInput equipment, int expectedVersion);

    [Alias("RetireEquipment")]
    Task RetireEquipmentAsync(int equipmentId, int expectedVersion);

    [Alias("AddPackage")]
    Task<EquipmentPackage> AddPackageAsync(EquipmentPackageInput package);

    [Alias("UpdatePackage")]
    Task<EquipmentPackage> UpdatePackageAsync(int packageId, EquipmentPackageInput package, int expectedVersion);

    [Alias("RetirePackage")]
    Task RetirePackageAsync(int packageId, int expectedVersion);

    [Alias("AddTaxRate")]
    Task<StateTaxRate> AddTaxRateAsync(string state, decimal rate);

    [Alias("UpdateTaxRate")]
    Task<StateTaxRate> UpdateTaxRateAsync(string state, decimal rate, int expectedVersion);

    [Alias("RemoveTaxRate")]
    Task RemoveTaxRateAsync(string state, int expectedVersion);
}
