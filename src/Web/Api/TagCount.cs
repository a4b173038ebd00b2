namespace SecurityTrax.Web.Api;

public sealed record TagCount(string Tag, int Customers);
