using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>
/// What the booking form offers to link: the customer's open tickets and their invoices. Null where the user may not
/// list them (no <c>tickets.view</c> or <c>invoices.view</c>); the form then keeps the links it has.
/// </summary>
public sealed record LinkChoices(NoteSummary[]? Tickets, InvoiceSummary[]? Invoices)
{
    public static async Task<LinkChoices> LoadAsync(ApiClient api, Me me, long customerId)
    {
        var tickets = me.Has("tickets.view")
            ? (await api.GetAsync<NotePage>($"api/v1/tickets?customer={customerId}&status=open,in_progress&limit=100")).Value?.Items
            : null;
        var invoices = me.Has("invoices.view")
            ? (await api.GetAsync<InvoicePage>($"api/v1/customers/{customerId}/invoices?type=invoice&limit=100")).Value?.Items
            : null;
        return new LinkChoices(tickets, invoices);
    }
}
