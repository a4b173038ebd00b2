namespace SecurityTrax.Catalog;

/// <summary>What a billable item is; buttons and the invoice → equipment conversion go by it.</summary>
public enum BillableItemKind
{
    Equipment = 0,
    Labour = 1,
    Service = 2,
    ActivationFee = 3,
    Monitoring = 4,
}
