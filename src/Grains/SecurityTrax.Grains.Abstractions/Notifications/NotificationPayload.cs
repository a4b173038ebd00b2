using System.Text.Json.Serialization;

namespace SecurityTrax.Notifications;

/// <summary>
/// What a notification or live customer event is about, typed where it is made: ids and counts are numbers, an amount
/// is money. Each kind fills its own members and leaves the others out (they are not written). The JSON names are
/// pinned here because the inbox stores this JSON and clients read it as is.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NotificationPayload")]
public sealed record NotificationPayload
{
    [Id(0), JsonPropertyName("paymentId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? PaymentId { get; init; }

    [Id(1), JsonPropertyName("invoiceId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? InvoiceId { get; init; }

    [Id(2), JsonPropertyName("recurringInvoiceId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? RecurringInvoiceId { get; init; }

    [Id(3), JsonPropertyName("ticketId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? TicketId { get; init; }

    [Id(4), JsonPropertyName("customerId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? CustomerId { get; init; }

    [Id(5), JsonPropertyName("customerName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CustomerName { get; init; }

    /// <summary>Money: the payment's or refund's amount.</summary>
    [Id(6), JsonPropertyName("amount"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Amount { get; init; }

    /// <summary>The payment's status as the API writes it (succeeded, failed, …).</summary>
    [Id(7), JsonPropertyName("status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    /// <summary>Why it failed or needs a person; empty when there is no reason.</summary>
    [Id(8), JsonPropertyName("reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>Which occurrence of a recurring invoice (1 for the first).</summary>
    [Id(9), JsonPropertyName("occurrence"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Occurrence { get; init; }

    /// <summary>The generated invoice's sale date, yyyy-MM-dd; absent when it has none (a date, so never empty text).</summary>
    [Id(10), JsonPropertyName("saleDate"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SaleDate { get; init; }

    [Id(11), JsonPropertyName("subject"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; init; }

    /// <summary>The ticket's priority (low, normal, high, urgent).</summary>
    [Id(12), JsonPropertyName("priority"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Priority { get; init; }

    /// <summary>The ticket's due date, yyyy-MM-dd; empty when it has none.</summary>
    [Id(13), JsonPropertyName("due"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Due { get; init; }

    /// <summary>User name of who assigned the ticket.</summary>
    [Id(14), JsonPropertyName("assignedBy"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AssignedBy { get; init; }

    /// <summary>User name of who closed or commented on the ticket.</summary>
    [Id(15), JsonPropertyName("by"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? By { get; init; }

    /// <summary>User name of who changed the user's account.</summary>
    [Id(16), JsonPropertyName("changedBy"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChangedBy { get; init; }

    [Id(17), JsonPropertyName("appointmentId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? AppointmentId { get; init; }

    /// <summary>The appointment's start (or arrival window's opening), UTC.</summary>
    [Id(18), JsonPropertyName("start"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? Start { get; init; }

    /// <summary>The appointment's end (or arrival window's close), UTC.</summary>
    [Id(19), JsonPropertyName("end"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? End { get; init; }

    /// <summary>The appointment's type (install, service, removal or a company-defined one).</summary>
    [Id(20), JsonPropertyName("type"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }
}
