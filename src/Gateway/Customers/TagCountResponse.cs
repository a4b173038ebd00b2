namespace SecurityTrax.Gateway.Customers;

public sealed record TagCountResponse(string Tag, int Customers);
