namespace SecurityTrax.Catalog;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CatalogState
{
    /// <summary>False until the built-in activation-fee and monitoring items were put in.</summary>
    public bool Seeded { get; set; }

    public List<BillableItem> Items { get; set; } = [];

    public List<EquipmentItem> Equipment { get; set; } = [];

    public List<EquipmentPackage> Packages { get; set; } = [];

    public List<StateTaxRate> TaxRates { get; set; } = [];

    public int LastItemId { get; set; }

    public int LastEquipmentId { get; set; }

    public int LastPackageId { get; set; }
}
