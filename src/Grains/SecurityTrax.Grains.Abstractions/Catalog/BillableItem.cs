namespace SecurityTrax.Catalog;

/// <summary>A catalogue item; a retired item stays readable (old invoices and equipment name it) but takes no new lines.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.BillableItem")]
public sealed record BillableItem(
    [property: Id(0)] int Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Description,
    [property: Id(3)] decimal UnitPrice,
    [property: Id(4)] bool Taxable,
    [property: Id(5)] BillableItemKind Kind,
    [property: Id(6)] bool Retired,
    [property: Id(7)] int Version)
{
    /// <summary>What a new invoice line says when nobody typed a description.</summary>
    public string LineDescription => Description ?? Name;
}
