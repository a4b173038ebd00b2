using System.Globalization;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Pages.Tickets;

/// <summary>
/// A ticket as its <c>ticket.assigned</c> push describes it, for My tickets while the API's list has not caught up
/// with the assignment yet (the list is a read model filled a moment after the write).
/// </summary>
public static class PushedTicket
{
    public static NotePage With(NotePage page, Notification pushed, string myUserId)
    {
        if (pushed.Kind != "ticket.assigned" || pushed.Number("ticketId") is not { } id || page.Items.Any(t => t.Id == id))
        {
            return page;
        }

        var due = DateOnly.TryParseExact(pushed.Text("due"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        var row = new NoteSummary(
            id, pushed.Number("customerId") ?? 0, pushed.Text("customerName") ?? "", "", pushed.Text("subject") ?? pushed.Title, null, true,
            myUserId, pushed.Text("priority"), "open", due, pushed.CreatedAt, pushed.CreatedAt);
        return page with { Items = [row, .. page.Items] };
    }
}
