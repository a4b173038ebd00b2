using Bunit;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Pages.Record.Credit;
using static SecurityTrax.Web.Components.Tests.CreditReportWordsTests;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>The list of credit reports: Apply score only on a completed report and with the grant, the raw report only when the API sent it.</summary>
public sealed class CreditReportListTests : BunitContext
{
    private static readonly CreditBureau[] Bureaus = [new("sandbox", "Sandbox bureau", true)];

    [Fact]
    public void ACompletedReportOffersApplyScoreAndItsRawReportAFailedOneNeither()
    {
        CreditReport[] reports = [Report("completed", null, 789, "approved", "{\"score\":789,\"at\":\"12:00+00:00\"}") with { Id = 2 }, Report("no_hit", "no_hit", null, null)];

        var cut = Render<CreditReportList>(p => p.Add(c => c.Reports, reports).Add(c => c.Bureaus, Bureaus).Add(c => c.CanApply, true));

        Assert.Equal(["Apply score"], cut.FindAll("button").Select(b => b.TextContent));
        Assert.Equal("Apply score 789 (report 2)", cut.Find("tr[data-report-id='2'] button").GetAttribute("aria-label"));
        Assert.Equal("{\n  \"score\": 789,\n  \"at\": \"12:00+00:00\"\n}", cut.Find("tr[data-report-id='2'] pre.raw-report").TextContent.ReplaceLineEndings("\n"));
        Assert.Empty(cut.FindAll("tr[data-report-id='1'] details"));
        Assert.Equal("Sandbox bureau", cut.Find("tr[data-report-id='1'] td[data-label='Bureau']").TextContent);
        Assert.Equal("No hit: the bureau has no file for this person.", cut.Find("tr[data-report-id='1'] td[data-label='Outcome']").TextContent);
    }

    [Fact]
    public void WithoutTheModifyGrantOrTheRawReportNothingMoreIsShown()
    {
        CreditReport[] reports = [Report("completed", null, 650, "conditional")];

        var cut = Render<CreditReportList>(p => p.Add(c => c.Reports, reports).Add(c => c.Bureaus, Bureaus).Add(c => c.CanApply, false));

        Assert.Empty(cut.FindAll("button"));
        Assert.Empty(cut.FindAll("details"));
        Assert.Equal("conditional", cut.Find("td[data-label='Band']").TextContent);
    }

    [Fact]
    public void TheReportOnTheProfileSaysSoInsteadOfOfferingApplyAgain()
    {
        CreditReport[] reports = [Report("completed", null, 789, "approved") with { Id = 2 }, Report("completed", null, 650, "conditional")];

        var cut = Render<CreditReportList>(p => p.Add(c => c.Reports, reports).Add(c => c.CanApply, true).Add(c => c.AppliedReportId, 2L));

        Assert.Equal("On the profile", cut.Find("tr[data-report-id='2'] .applied").TextContent);
        Assert.Equal(["Apply score 650 (report 1)"], cut.FindAll("button").Select(b => b.GetAttribute("aria-label")));
    }

    [Fact]
    public void NoReportsSaySo() =>
        Assert.Equal("No credit reports yet.", Render<CreditReportList>().Find("p.status").TextContent);
}
