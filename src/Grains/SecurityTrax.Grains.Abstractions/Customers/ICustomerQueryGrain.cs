using SecurityTrax.Identity;

namespace SecurityTrax.Customers;

/// <summary>Lists, search, tag counts and history from the read models; key <c>{tenant}/customer-queries</c>.</summary>
[Alias("SecurityTrax.ICustomerQueryGrain")]
public interface ICustomerQueryGrain : ITenantGrain
{
    public const string Id = "customer-queries";
    public const int MaxPage = 200;

    [Alias("Search")]
    Task<CustomerPage> SearchAsync(CustomerSearch search);

    [Alias("Tags")]
    Task<TagCount[]> TagsAsync();

    [Alias("History")]
    Task<HistoryPage> HistoryAsync(HistoryQuery query);
}
