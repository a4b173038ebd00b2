namespace SecurityTrax.Gateway.Customers;

public sealed record TagRequest(string? Tag);
