using SecurityTrax.Catalog;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>Kind: equipment, labour, service, activation_fee or monitoring. Description and unit price are what new invoice lines start with.</summary>
public sealed record BillableItemRequest(string? Name, string? Description, decimal? UnitPrice, bool? Taxable, BillableItemKind? Kind);
