namespace SecurityTrax.Gateway.Customers;

public sealed record HistoryResponse(HistoryItemResponse[] Items, string? NextCursor);
