using System.Text.Json.Nodes;
using SecurityTrax.Customers;
using SecurityTrax.CreditReports.Bureaus;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Grains.Tests.CreditReports;

/// <summary>The HTTP bureau adapter against a local fake bureau: what it sends, how it reads answers, refusals and lost answers.</summary>
public sealed class HttpCreditBureauTests : IAsyncLifetime
{
    private FakeBureauServer _server = null!;
    private HttpClient _http = null!;
    private HttpClient _impatient = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBureauServer.StartAsync();
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        // Short, so a held answer ends the call quickly; the fake has already pulled by then.
        _impatient = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _impatient.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task APullSendsTheSubjectWithOurReferenceAndReadsTheScore()
    {
        _server.PlanSubject("123456789", "completed", 712);
        var pull = Pull("123-45-6789");

        var answer = await Bureau().PullAsync(pull, CancellationToken.None);

        Assert.Equal(new BureauAnswer(BureauOutcome.Completed, 712, FakeBureauPulls.ScoreModel, "cp_000001", null, answer.RawReport), answer);
        Assert.Equal("First Bank", (string?)JsonNode.Parse(answer.RawReport!)!["tradelines"]![0]!["creditor"]);
        var sent = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/v1/credit-pulls", FakeBureauServer.ApiKey, FakeBureauServer.SubscriberCode, pull.OurReference),
            (sent.Method, sent.PathAndQuery, sent.ApiKey, sent.SubscriberCode, sent.IdempotencyKey));
        var body = JsonNode.Parse(sent.Body)!;
        Assert.Equal(pull.OurReference, (string?)body["clientReference"]);
        Assert.Equal("written_instruction", (string?)body["permissiblePurpose"]);
        Assert.Equal("123456789", (string?)body["consumer"]!["ssn"]);
        Assert.Equal("1980-04-02", (string?)body["consumer"]!["dateOfBirth"]);
        Assert.Equal("80202", (string?)body["consumer"]!["address"]!["postalCode"]);
    }

    [Theory]
    [InlineData("no_hit", BureauOutcome.NoHit, "no_hit")]
    [InlineData("thin_file", BureauOutcome.ThinFile, "thin_file")]
    [InlineData("frozen", BureauOutcome.Frozen, "file_frozen")]
    public async Task AFileWithoutAScoreIsAnsweredWithItsReason(string status, BureauOutcome outcome, string reason)
    {
        _server.PlanSubject("123450042", status);

        var answer = await Bureau().PullAsync(Pull("123-45-0042"), CancellationToken.None);

        Assert.Equal((outcome, reason, (int?)null, "cp_000001"), (answer.Outcome, answer.Reason, answer.Score, answer.BureauReference));
    }

    [Fact]
    public async Task AWrongApiKeyIsAFailureAndNothingIsPulled()
    {
        var answer = await Bureau("bk_wrong").PullAsync(Pull("123-45-6789"), CancellationToken.None);

        Assert.Equal((BureauOutcome.Failed, "invalid_api_key"), (answer.Outcome, answer.Reason));
        Assert.Equal(0, _server.BillablePulls);
    }

    [Theory]
    [InlineData(503, "bureau_unavailable", BureauOutcome.Failed)]
    [InlineData(422, "invalid_consumer", BureauOutcome.Failed)]
    [InlineData(500, "internal_error", BureauOutcome.Unknown)]
    public async Task ARefusalFailsButAServerErrorLeavesTheOutcomeUnknown(int status, string code, BureauOutcome outcome)
    {
        _server.FailNextPull(status, code);

        var answer = await Bureau().PullAsync(Pull("123-45-6789"), CancellationToken.None);

        Assert.Equal((outcome, code), (answer.Outcome, answer.Reason));
    }

    [Fact]
    public async Task ATimedOutPullIsUnknownAndFoundByOurReferenceWithoutPullingAgain()
    {
        _server.PlanSubject("123456789", "completed", 688);
        _server.TimeOutNextPull();
        var pull = Pull("123-45-6789");
        var credentials = new HttpBureauCredentials(_server.BaseUrl, FakeBureauServer.SubscriberCode, FakeBureauServer.ApiKey);

        var first = await new HttpCreditBureau(_impatient, credentials).PullAsync(pull, CancellationToken.None);
        var found = await Bureau().FindAsync(pull.OurReference, CancellationToken.None);

        Assert.Equal((BureauOutcome.Unknown, "timeout"), (first.Outcome, first.Reason));
        Assert.Equal((BureauOutcome.Completed, 688, "cp_000001"), (found.Outcome, found.Score, found.BureauReference));
        Assert.Equal(1, _server.BillablePulls);
        Assert.Equal("/v1/credit-pulls?clientReference=" + pull.OurReference, _server.Requests[^1].PathAndQuery);
    }

    [Fact]
    public async Task AReferenceTheBureauNeverSawIsNotFound()
    {
        var found = await Bureau().FindAsync("never-sent", CancellationToken.None);

        Assert.Equal(BureauOutcome.NotFound, found.Outcome);
    }

    [Fact]
    public async Task AnUnreachableBureauIsUnknown()
    {
        var answer = await new HttpCreditBureau(_http, new HttpBureauCredentials("http://127.0.0.1:1", FakeBureauServer.SubscriberCode, FakeBureauServer.ApiKey))
            .PullAsync(Pull("123-45-6789"), CancellationToken.None);

        Assert.Equal((BureauOutcome.Unknown, "bureau_unreachable"), (answer.Outcome, answer.Reason));
    }

    private HttpCreditBureau Bureau(string apiKey = FakeBureauServer.ApiKey) =>
        new(_http, new HttpBureauCredentials(_server.BaseUrl, FakeBureauServer.SubscriberCode, apiKey));

    private static BureauPull Pull(string ssn) =>
        new(Guid.NewGuid().ToString("n"), new BureauSubject("Ann", "Lee", ssn, "1980-04-02", new Address("1 Main St", null, "Denver", "CO", "80202")), "written_instruction");
}
