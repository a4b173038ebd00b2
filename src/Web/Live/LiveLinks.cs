using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Live;

/// <summary>Where a notification leads: a ticket to its customer's notes, a payment to the customer's invoices.</summary>
public static class LiveLinks
{
    public static string For(Notification notification) => notification.Number("customerId") is { } customer
        ? notification.Kind.StartsWith("ticket.", StringComparison.Ordinal) ? $"customers/{customer}/notes" : $"customers/{customer}/invoices"
        : notification.Kind.StartsWith("ticket.", StringComparison.Ordinal) ? "tickets/mine" : "customers";
}
