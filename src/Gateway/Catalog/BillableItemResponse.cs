using SecurityTrax.Catalog;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>A catalogue item; <see cref="ETag"/> is what If-Match takes to change or remove it.</summary>
public sealed record BillableItemResponse(
    int Id, string Name, string? Description, decimal UnitPrice, bool Taxable, BillableItemKind Kind, bool Retired, string ETag)
{
    public static BillableItemResponse From(BillableItem i) =>
        new(i.Id, i.Name, i.Description, i.UnitPrice, i.Taxable, i.Kind, i.Retired, ETags.Format(i.Version));
}
