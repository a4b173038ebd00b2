using System.Text.Json;
using SecurityTrax.Notifications;
using SecurityTrax.Outbox;

namespace SecurityTrax.Grains.Tests.Notifications;

/// <summary>Notifications stored before their payloads were typed still load, typed the same as new ones.</summary>
public sealed class StoredNotificationDataTests
{
    [Fact]
    public void AnOutboxEntryStoredAsTextLoadsWithItsDataTyped()
    {
        // An outbox as grain state held it before payloads were typed: data as text by key.
        const string stored = """
            {"History":[],"Security":[],"ReadModels":[],"Notifications":[{"Id":"6f9c1d2e-0b4a-4c55-9a51-3d2f7f1e8a10",
            "CreatedAt":"2026-11-02T10:15:00+00:00","UserId":"7","Kind":"payment.succeeded","Title":"Payment 12 succeeded",
            "Body":"$150.00 — Visa 4242","Data":{"paymentId":"12","customerId":"1001","amount":"150.00","status":"succeeded","reason":""}}]}
            """;

        var entry = Assert.Single(JsonSerializer.Deserialize<OutboxState>(stored)!.Notifications);

        Assert.Null(entry.Payload);
        Assert.Equal(
            new NotificationPayload { PaymentId = 12, CustomerId = 1001, Amount = 150.00m, Status = "succeeded", Reason = "" },
            entry.TypedPayload());
    }

    [Fact]
    public void ANewOutboxEntryKeepsItsTypedPayloadThroughStorage()
    {
        var outbox = new OutboxState();
        outbox.Notify(DateTimeOffset.UnixEpoch, "7", "invoice.generated", "Invoice 5 generated for Ann Lee", null, new NotificationPayload
        {
            InvoiceId = 5, CustomerId = 1001, CustomerName = "Ann Lee", RecurringInvoiceId = 3, Occurrence = 2, SaleDate = "2026-11-02",
        });

        var entry = Assert.Single(JsonSerializer.Deserialize<OutboxState>(JsonSerializer.Serialize(outbox))!.Notifications);

        Assert.Equal(outbox.Notifications[0].Payload, entry.TypedPayload());
    }

    [Fact]
    public void AnInboxRowReadsTheSameWhetherWrittenAsTextOrTyped()
    {
        const string before = """{"invoiceId":"5","customerId":"1001","customerName":"Ann Lee","recurringInvoiceId":"3","occurrence":"2","saleDate":"2026-11-02"}""";
        var typed = new NotificationPayload { InvoiceId = 5, CustomerId = 1001, CustomerName = "Ann Lee", RecurringInvoiceId = 3, Occurrence = 2, SaleDate = "2026-11-02" };
        var now = JsonSerializer.Serialize(typed);

        Assert.Equal("""{"invoiceId":5,"recurringInvoiceId":3,"customerId":1001,"customerName":"Ann Lee","occurrence":2,"saleDate":"2026-11-02"}""", now);
        Assert.Equal(typed, StoredNotificationData.FromJson(before));
        Assert.Equal(typed, StoredNotificationData.FromJson(now));
    }

    [Fact]
    public void AnEmptyIdOrDateStoredAsTextIsAbsent()
    {
        var payload = StoredNotificationData.FromJson("""{"recurringInvoiceId":"","amount":"12.5","ticketId":null,"saleDate":""}""");

        Assert.Equal(new NotificationPayload { Amount = 12.5m }, payload);
    }
}
