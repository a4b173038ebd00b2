namespace SecurityTrax.Equipment;

/// <summary>An equipment line of an invoice, handed to the customer when invoiced equipment is brought over.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoicedEquipment")]
public sealed record InvoicedEquipment(
    [property: Id(0)] int LineId,
    [property: Id(1)] int BillableItemId,
    [property: Id(2)] string Description,
    [property: Id(3)] int Quantity);
