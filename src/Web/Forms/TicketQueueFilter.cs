namespace SecurityTrax.Web.Forms;

/// <summary>The ticket queue's filters as typed; they live in the address, so a filtered queue is a link.</summary>
public sealed class TicketQueueFilter
{
    /// <summary>Comma-separated statuses as the API takes them; the queue starts with the ones still to do.</summary>
    public const string OpenStatuses = "open,in_progress";

    /// <summary>Every status: in the address only (the API takes no status filter as all of them).</summary>
    public const string AnyStatus = "any";

    public string? Status { get; set; } = OpenStatuses;
    public string? Assignee { get; set; }
    public string? Priority { get; set; }
    public string? Type { get; set; }
    public string? DueFrom { get; set; }
    public string? DueTo { get; set; }

    /// <summary>The query of the address, or of the API's call (the API's own names either way).</summary>
    public string ToQuery(bool forApi, string? cursor = null)
    {
        var parts = new (string Name, string? Value)[]
        {
            ("status", forApi && Status == AnyStatus ? null : Status), ("assignee", Assignee), ("priority", Priority), ("type", Type), ("dueFrom", DueFrom), ("dueTo", DueTo), ("cursor", cursor),
        };
        var query = string.Join("&", parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!.Trim())}"));
        return query.Length == 0 ? "" : "?" + query;
    }
}
