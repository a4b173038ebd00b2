using SecurityTrax.Equipment;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Equipment;

/// <summary>A piece of equipment on a customer; <see cref="InvoiceId"/> is the invoice it is on, <see cref="FromInvoiceId"/> the invoice it was brought over from.</summary>
public sealed record EquipmentResponse(
    int Id, int? EquipmentItemId, int BillableItemId, string Description, int Quantity, string? Zone, int? ZoneNumber, long? SoldByUserId,
    bool Paid, bool OnInvoice, long? InvoiceId, int? PackageId, long? FromInvoiceId, DateTimeOffset AddedAt, string ETag)
{
    public static EquipmentResponse From(EquipmentRow r) => new(
        r.Id, r.EquipmentItemId, r.BillableItemId, r.Description, r.Quantity, r.Zone, r.ZoneNumber, UserIds.Number(r.SoldByUserId), r.Paid, r.OnInvoice,
        r.InvoiceId, r.PackageId, r.FromInvoiceId, r.AddedAt, ETags.Format(r.Version));
}
