namespace SecurityTrax.Web.Forms.Reports;

/// <summary>The bulk print's filters as typed: the invoice list's own (sale dates, customer, status, type).</summary>
public sealed class PrintFilter
{
    public string? From { get; set; }

    /// <summary>The first sale date not printed (the API's <c>to</c> is exclusive).</summary>
    public string? Before { get; set; }

    public string? CustomerId { get; set; }

    public string? Status { get; set; }

    public string? Type { get; set; }

    /// <summary>The query the list and the print take; empty members are left out.</summary>
    public string ToQuery()
    {
        var parts = new (string Name, string? Value)[]
        {
            ("from", From), ("to", Before), ("customerId", CustomerId), ("status", Status), ("type", Type),
        };
        return string.Join("&", parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }

    /// <summary>The list's count of what matches (one row asked), so bad filters answer with their fields before any file.</summary>
    public string CountPath() => "api/v1/invoices?limit=1&" + ToQuery();

    public string PrintPath(string format) => $"api/v1/invoices/print?format={format}&" + ToQuery();
}
