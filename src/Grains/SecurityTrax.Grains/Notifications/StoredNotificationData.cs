using System.Globalization;
using System.Text.Json;

namespace SecurityTrax.Notifications;

/// <summary>
/// Reads a notification's data as stored: typed JSON since payloads were typed, or the text-by-key form written before
/// (inbox rows, and outbox entries still waiting in a grain's state), where every value was a string.
/// </summary>
public static class StoredNotificationData
{
    public static NotificationPayload FromText(IReadOnlyDictionary<string, string> data) => new()
    {
        PaymentId = Number(data, "paymentId"),
        InvoiceId = Number(data, "invoiceId"),
        RecurringInvoiceId = Number(data, "recurringInvoiceId"),
        TicketId = Number(data, "ticketId"),
        CustomerId = Number(data, "customerId"),
        CustomerName = Text(data, "customerName"),
        Amount = data.TryGetValue("amount", out var amount)
            && decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var money) ? money : null,
        Status = Text(data, "status"),
        Reason = Text(data, "reason"),
        Occurrence = (int?)Number(data, "occurrence"),
        SaleDate = Text(data, "saleDate") is { Length: > 0 } saleDate ? saleDate : null,
        Subject = Text(data, "subject"),
        Priority = Text(data, "priority"),
        Due = Text(data, "due"),
        AssignedBy = Text(data, "assignedBy"),
        By = Text(data, "by"),
        ChangedBy = Text(data, "changedBy"),
        AppointmentId = Number(data, "appointmentId"),
        Start = Instant(data, "start"),
        End = Instant(data, "end"),
        Type = Text(data, "type"),
    };

    /// <summary>An inbox row's <c>data</c>: numbers written as numbers now, as text before; both read the same.</summary>
    public static NotificationPayload FromJson(string json)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];
        return FromText(values
            .Where(v => v.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .ToDictionary(v => v.Key, v => v.Value.ValueKind == JsonValueKind.String ? v.Value.GetString()! : v.Value.GetRawText(), StringComparer.Ordinal));
    }

    // An empty id ("no such number") was written as "" in the text form; it is absent now.
    private static long? Number(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DateTimeOffset? Instant(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    private static string? Text(IReadOnlyDictionary<string, string> data, string key) => data.GetValueOrDefault(key);
}
