namespace SecurityTrax.Customers;

[GenerateSerializer, Immutable, Alias("SecurityTrax.HistoryPage")]
public sealed record HistoryPage(
    [property: Id(0)] HistoryItem[] Items,
    [property: Id(1)] string? NextCursor);
