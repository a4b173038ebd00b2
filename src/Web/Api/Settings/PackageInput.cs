namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of adding or changing an equipment package.</summary>
public sealed record PackageInput(string? Name, CataloguePiece[] Pieces);
