using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>A named set of equipment; each piece once, with its quantity (1 when left out).</summary>
public sealed record PackageRequest([property: Required] string? Name, [property: Required] PackagePieceDto[]? Pieces);
