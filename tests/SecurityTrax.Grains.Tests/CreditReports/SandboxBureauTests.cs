using System.Text.Json;
using SecurityTrax.CreditReports.Bureaus;

namespace SecurityTrax.Grains.Tests.CreditReports;

/// <summary>The sandbox bureau's documented subjects, chosen by the SSN's last four digits.</summary>
public sealed class SandboxBureauTests
{
    private readonly SandboxBureau _bureau = new(TimeProvider.System);

    [Theory]
    [InlineData("123-45-6789", 789)]
    [InlineData("123-45-0720", 720)]
    [InlineData("123-45-0650", 650)]
    [InlineData("123-45-0550", 550)]
    [InlineData("123-45-0100", 300)]
    [InlineData("123-45-0999", 850)]
    public async Task AnOrdinarySubjectIsScoredFromTheLastThreeDigits(string ssn, int score)
    {
        var answer = await _bureau.PullAsync(Pull(ssn), CancellationToken.None);

        Assert.Equal(BureauOutcome.Completed, answer.Outcome);
        Assert.Equal(score, answer.Score);
        Assert.Equal(SandboxBureau.ScoreModel, answer.ScoreModel);
        Assert.StartsWith("sbx_", answer.BureauReference, StringComparison.Ordinal);
        Assert.Null(answer.Reason);
        Assert.Equal(score, JsonDocument.Parse(answer.RawReport!).RootElement.GetProperty("score").GetProperty("value").GetInt32());
    }

    [Theory]
    [InlineData("123-45-0001", BureauOutcome.NoHit, "no_hit")]
    [InlineData("123-45-0002", BureauOutcome.ThinFile, "thin_file")]
    [InlineData("123-45-0003", BureauOutcome.Frozen, "file_frozen")]
    [InlineData("123-45-0005", BureauOutcome.Failed, "bureau_unavailable")]
    public async Task SpecialSubjectsAnswerWithoutAScore(string ssn, BureauOutcome outcome, string reason)
    {
        var answer = await _bureau.PullAsync(Pull(ssn), CancellationToken.None);

        Assert.Equal(outcome, answer.Outcome);
        Assert.Equal(reason, answer.Reason);
        Assert.Null(answer.Score);
        Assert.Null(answer.ScoreModel);
    }

    [Fact]
    public async Task ATimedOutPullIsFoundByOurReferenceWithItsScore()
    {
        var pull = Pull("123-45-0004");

        var first = await _bureau.PullAsync(pull, CancellationToken.None);
        var found = await _bureau.FindAsync(pull.OurReference, CancellationToken.None);

        Assert.Equal(BureauOutcome.Unknown, first.Outcome);
        Assert.Equal(BureauOutcome.Completed, found.Outcome);
        Assert.Equal(SandboxSubjects.TimeoutScore, found.Score);
    }

    [Fact]
    public async Task APullNeverMadeIsNotFoundAndAFailedOneLeavesNothing()
    {
        var failed = Pull("123-45-0005");
        await _bureau.PullAsync(failed, CancellationToken.None);

        Assert.Equal(BureauOutcome.NotFound, (await _bureau.FindAsync(Guid.NewGuid().ToString("n"), CancellationToken.None)).Outcome);
        Assert.Equal(BureauOutcome.NotFound, (await _bureau.FindAsync(failed.OurReference, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task ARepeatedReferenceAnswersTheFirstPull()
    {
        var pull = Pull("123-45-6789");

        var first = await _bureau.PullAsync(pull, CancellationToken.None);
        var again = await _bureau.PullAsync(pull with { Subject = pull.Subject with { Ssn = "123-45-0720" } }, CancellationToken.None);

        Assert.Same(first, again);
    }

    [Fact]
    public async Task TheRawReportNeverHoldsTheWholeSsn()
    {
        var answer = await _bureau.PullAsync(Pull("123-45-6789"), CancellationToken.None);

        Assert.DoesNotContain("123-45", answer.RawReport, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789", answer.RawReport, StringComparison.Ordinal);
    }

    private static BureauPull Pull(string ssn) =>
        new(Guid.NewGuid().ToString("n"), new BureauSubject("Ann", "Lee", ssn, "1980-04-02", null), "written_instruction");
}
