namespace SecurityTrax.Catalog;

/// <summary>A billable item as an admin enters it; description and unit price are the defaults of new invoice lines.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.BillableItemInput")]
public sealed record BillableItemInput(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Description,
    [property: Id(2)] decimal UnitPrice,
    [property: Id(3)] bool Taxable,
    [property: Id(4)] BillableItemKind Kind);
