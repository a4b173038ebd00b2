namespace SecurityTrax.Gateway.Customers;

public sealed record CustomerListResponse(CustomerSummaryResponse[] Items, string? NextCursor);
