namespace SecurityTrax.Web.Api;

public sealed record CustomerPage(CustomerSummary[] Items, string? NextCursor);
