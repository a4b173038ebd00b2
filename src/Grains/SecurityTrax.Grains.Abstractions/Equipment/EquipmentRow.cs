namespace SecurityTrax.Equipment;

/// <summary>A piece of equipment on a customer; <see cref="InvoiceId"/> is the invoice it is on, if any.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.EquipmentRow")]
public sealed record EquipmentRow(
    [property: Id(0)] int Id,
    [property: Id(1)] int? EquipmentItemId,
    [property: Id(2)] int BillableItemId,
    [property: Id(3)] string Description,
    [property: Id(4)] int Quantity,
    [property: Id(5)] string? Zone,
    [property: Id(6)] int? ZoneNumber,
    [property: Id(7)] string? SoldByUserId,
    [property: Id(8)] bool Paid,
    [property: Id(9)] long? InvoiceId,
    [property: Id(10)] int? PackageId,
    [property: Id(11)] long? FromInvoiceId,
    [property: Id(12)] DateTimeOffset AddedAt,
    [property: Id(13)] int Version)
{
    public bool OnInvoice => InvoiceId is not null;
}
