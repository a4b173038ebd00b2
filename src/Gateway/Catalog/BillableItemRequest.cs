using System.ComponentModel.DataAnnotations;
using SecurityTrax.Catalog;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>Kind: equipment, labour, service, activation_fee or monitoring. Description and unit price are what new invoice lines start with.</summary>
public sealed record BillableItemRequest(
    [property: Required] string? Name,
    string? Description,
    [property: Required] decimal? UnitPrice,
    bool? Taxable,
    [property: Required] BillableItemKind? Kind);
