using Bunit;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Pages.Record.Invoices;
using SecurityTrax.Web.Session;
using SecurityTrax.Web.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>The past-due badge and an invoice's dunning line say what the API's <c>pastDue</c> and <c>dunning</c> say, and nothing without them.</summary>
public sealed class DunningViewsTests : BunitContext
{
    [Fact]
    public void ThePastDueBadgeShowsOnlyOnAPastDueCustomer()
    {
        Assert.Equal("Past due", Render<PastDueBadge>(p => p.Add(c => c.PastDue, true)).Find("span.badge.past-due").TextContent);
        Assert.Empty(Render<PastDueBadge>(p => p.Add(c => c.PastDue, false)).FindAll("span"));
    }

    [Fact]
    public void TheSuspendedBadgeShowsOnlyOnASuspendedServiceAndOffersNoClearingInAList()
    {
        Services.AddSingleton(new HttpClient { BaseAddress = new Uri("http://console.test/") });
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<TokenStore>();
        Services.AddSingleton<AuthSession>();
        Services.AddSingleton<ApiClient>();

        var row = Render<SuspendedBadge>(p => p.Add(c => c.Suspended, true));

        Assert.Equal("Suspended", row.Find("span.badge.suspended").TextContent);
        Assert.Empty(row.FindAll("button"));
        Assert.Empty(Render<SuspendedBadge>(p => p.Add(c => c.Suspended, false)).FindAll("span"));
    }

    [Theory]
    [InlineData("active", 0, "2027-01-18", "Automatic payment failed: retry 1 on 2027-01-18")]
    [InlineData("active", 2, "2027-01-29", "Automatic payment failed: retry 3 on 2027-01-29")]
    [InlineData("paid", 2, null, "Paid by automatic retry 2")]
    [InlineData("failed", 1, null, "Automatic payment failed after 1 retry: the customer is past due")]
    [InlineData("failed", 3, null, "Automatic payment failed after 3 retries: the customer is past due")]
    [InlineData("stopped", 1, null, "Retries stopped: the invoice was paid, voided or deleted")]
    public void TheInvoiceSaysWhereItsRetriesStand(string status, int attempts, string? next, string expected)
    {
        var cut = Render<InvoiceDunningView>(p => p.Add(c => c.Dunning, new InvoiceDunning(status, attempts, next, "Your card was declined.")));

        Assert.Equal(expected, cut.Find($"p.dunning.dunning-{status} strong").TextContent);
        Assert.Equal(" · Last result: Your card was declined.", cut.Find("p.dunning .muted").TextContent);
    }

    [Fact]
    public void AnInvoiceNeverChasedShowsNothing() =>
        Assert.Empty(Render<InvoiceDunningView>(p => p.Add(c => c.Dunning, null)).Markup.Trim());
}
