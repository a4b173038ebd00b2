namespace SecurityTrax.Web.Api.Settings;

/// <summary>A named set of equipment pieces.</summary>
public sealed record CataloguePackage(int Id, string Name, CataloguePiece[] Pieces, bool Retired, string ETag);
