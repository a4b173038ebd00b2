using SecurityTrax.Web.Forms.Reports;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>The print screen's filters become the invoice list's query: empty members left out, values trimmed and escaped.</summary>
public sealed class PrintFilterTests
{
    [Fact]
    public void OnlyTheFiltersGivenReachTheQuery()
    {
        var filter = new PrintFilter { From = "2026-11-01", Before = " ", CustomerId = " 1042 ", Type = "credit_memo" };

        Assert.Equal("from=2026-11-01&customerId=1042&type=credit_memo", filter.ToQuery());
        Assert.Equal("api/v1/invoices?limit=1&from=2026-11-01&customerId=1042&type=credit_memo", filter.CountPath());
        Assert.Equal("api/v1/invoices/print?format=zip&from=2026-11-01&customerId=1042&type=credit_memo", filter.PrintPath("zip"));
    }

    [Fact]
    public void ValuesAreEscaped() =>
        Assert.Equal("status=open&type=a%26b%3Dc", new PrintFilter { Status = "open", Type = "a&b=c" }.ToQuery());
}
