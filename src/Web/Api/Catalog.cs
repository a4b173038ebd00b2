namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/catalog</c>, as far as the invoice editor reads it.</summary>
public sealed record Catalog(CatalogItem[] Items);
