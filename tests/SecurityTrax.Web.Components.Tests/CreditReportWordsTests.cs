using System.Text.Json;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Forms;
using SecurityTrax.Web.Pages.Record;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>Credit report outcomes and refused runs in the office's words, and which grants show the tab on a lead or a customer.</summary>
public sealed class CreditReportWordsTests
{
    [Theory]
    [InlineData("completed", null, 789, "approved", "Completed: score 789 (approved)")]
    [InlineData("no_hit", "no_hit", null, null, "No hit: the bureau has no file for this person.")]
    [InlineData("thin_file", "thin_file", null, null, "Thin file: too little credit history to score.")]
    [InlineData("frozen", "file_frozen", null, null, "Frozen: the person has frozen their credit file.")]
    [InlineData("failed", "bureau_unavailable", null, null, "Failed: the bureau refused the request; nothing was pulled.")]
    [InlineData("failed", "subscriber_suspended", null, null, "Failed: subscriber suspended")]
    public void EachOutcomeIsSaidInWords(string outcome, string? reason, int? score, string? band, string words) =>
        Assert.Equal(words, CreditReportWords.Outcome(Report(outcome, reason, score, band)));

    [Fact]
    public void OnlyACompletedReportWithAScoreCanBeApplied()
    {
        Assert.True(Report("completed", null, 650, "conditional").CanBeApplied);
        Assert.False(Report("no_hit", "no_hit", null, null).CanBeApplied);
        Assert.False(Report("unknown", "timeout", null, null).CanBeApplied);
    }

    [Fact]
    public void AMissingSsnAndDateOfBirthPointToTheProfile()
    {
        var problem = new Problem("urn:securitytrax:problem:validation", "One or more fields are invalid.", 400, null, new()
        {
            ["ssn"] = ["No SSN on file for this record; enter it first (PUT …/confidential)."],
            ["dateOfBirth"] = ["No date of birth on file for this record; enter it first (PUT …/confidential)."],
        });

        Assert.Equal(
            ["No SSN on file for this person: enter it on the Profile tab first.", "No date of birth on file for this person: enter it on the Profile tab first."],
            CreditReportWords.Explain(problem));
    }

    [Theory]
    [InlineData("company_daily_quota", "The company's credit reports for today are used up; nothing was pulled. Try again tomorrow.")]
    [InlineData("user_rate_limit", "You have run as many credit reports as allowed in an hour; nothing was pulled. Try again later.")]
    public void EachLimitSaysWhatToDo(string limit, string words)
    {
        var body = $$"""{"type":"urn:securitytrax:problem:credit-report-limit","title":"Too many credit reports.","status":429,"limit":"{{limit}}"}""";

        Assert.Equal([words], CreditReportWords.Explain(JsonSerializer.Deserialize<Problem>(body, ApiJson.Options)!));
    }

    [Fact]
    public void AnUnknownOutcomeAsksToRunAgainAndAnUnapprovedBureauIsSaidNextToItsField()
    {
        var unknown = new Problem(CreditReportWords.OutcomeUnknownType, "The bureau's answer is unknown.", 503, "Credit report 3 is recorded as unknown.", null);
        var bureau = new Problem("urn:securitytrax:problem:validation", "One or more fields are invalid.", 400, null, new() { ["bureau"] = ["Not approved (POST /api/v1/credit-bureaus/requests)."] });

        Assert.Equal(["The bureau's answer has not arrived. Press Run credit again: the same pull is looked up, never pulled twice."], CreditReportWords.Explain(unknown));
        Assert.Empty(CreditReportWords.Explain(bureau));
        Assert.Equal("This bureau is not approved for the company: an admin asks the platform operator for it in Settings.", CreditReportWords.BureauReason(bureau));
        Assert.Null(CreditReportWords.BureauReason(unknown));
    }

    [Fact]
    public void TheTabTakesTheLeadGrantsOnALeadAndTheCustomerGrantsOnACustomer()
    {
        var tab = Assert.Single(RecordTab.All, t => t.Key == "credit");

        Assert.Equal("lead_credit_reports.view|lead_credit_reports.run", tab.GrantFor(lead: true));
        Assert.Equal("credit_reports.view|credit_reports.run", tab.GrantFor(lead: false));
        Assert.Equal("payments.view", Assert.Single(RecordTab.All, t => t.Key == "payments").GrantFor(lead: true));
    }

    public static CreditReport Report(string outcome, string? reason, int? score, string? band, string? raw = null) =>
        new(1, "sandbox", outcome, reason, score, score is null ? null : "SandboxScore 1", band, "signed", "Ada Admin", DateTimeOffset.UnixEpoch, raw);
}
