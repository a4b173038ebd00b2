namespace SecurityTrax.Web.Api;

public sealed record InvoicePage(InvoiceSummary[] Items, string? NextCursor);
