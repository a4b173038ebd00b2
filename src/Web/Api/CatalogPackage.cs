namespace SecurityTrax.Web.Api;

/// <summary>A named set of equipment pieces in the catalogue.</summary>
public sealed record CatalogPackage(int Id, string Name, CatalogPackagePiece[] Pieces);
