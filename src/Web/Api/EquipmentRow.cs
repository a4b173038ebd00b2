namespace SecurityTrax.Web.Api;

/// <summary>
/// A piece of the customer's equipment as <c>GET /api/v1/customers/{id}/equipment</c> lists it, zone included; each row
/// carries its own ETag for a change or removal.
/// </summary>
public sealed record EquipmentRow(
    int Id, int? EquipmentItemId, string Description, int Quantity, string? Zone, int? ZoneNumber, bool Paid, bool OnInvoice, long? InvoiceId,
    int? PackageId, long? FromInvoiceId, long? SoldByUserId = null, string? ETag = null);
