using SecurityTrax.Catalog;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Catalog;

public sealed record EquipmentItemResponse(int Id, string Make, string Model, int BillableItemId, bool Retired, string ETag)
{
    public static EquipmentItemResponse From(EquipmentItem e) => new(e.Id, e.Make, e.Model, e.BillableItemId, e.Retired, ETags.Format(e.Version));
}
