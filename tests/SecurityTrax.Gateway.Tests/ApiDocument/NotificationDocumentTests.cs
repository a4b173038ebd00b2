using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>The inbox's notifications are typed in the document as they are on the wire: numbers as numbers.</summary>
[Collection(GatewayCollection.Name)]
public sealed class NotificationDocumentTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ANotificationsIdIsANumberAndItsDataATypedObject()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var notification = document.Schema("NotificationResponse").GetProperty("properties");

        Assert.Equal("integer", notification.GetProperty("id").GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/NotificationPayload", notification.GetProperty("data").GetProperty("$ref").GetString());
        var data = document.Schema("NotificationPayload").GetProperty("properties");
        Assert.Equal(
            ["paymentId", "invoiceId", "recurringInvoiceId", "ticketId", "customerId", "customerName", "amount", "status", "reason",
             "occurrence", "saleDate", "subject", "priority", "due", "assignedBy", "by", "changedBy", "appointmentId", "start", "end", "type"],
            data.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["integer", "null"], Types(data, "paymentId"));
        Assert.Equal(["integer", "null"], Types(data, "occurrence"));
        Assert.Equal(["null", "number"], Types(data, "amount"));
        Assert.Equal("decimal", data.GetProperty("amount").GetProperty("format").GetString());
        Assert.Equal(["null", "string"], Types(data, "changedBy"));
        Assert.Equal(["integer", "null"], Types(data, "appointmentId"));
        Assert.Equal("date-time", data.GetProperty("start").GetProperty("format").GetString());
    }

    private static string[] Types(JsonElement properties, string name)
    {
        var type = properties.GetProperty(name).GetProperty("type");
        return type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal)] : [type.GetString()!];
    }
}
