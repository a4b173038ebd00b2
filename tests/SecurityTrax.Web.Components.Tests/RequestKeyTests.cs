using SecurityTrax.Web.Api;
using SecurityTrax.Web.Forms;

namespace SecurityTrax.Web.Components.Tests;

public sealed class RequestKeyTests
{
    [Fact]
    public void TheKeyStaysTheSameUntilAnAnswerArrivesSoADoubleClickSendsOneKey()
    {
        var key = Counting();

        Assert.Equal(("k1", "k1"), (key.Value, key.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(429)]
    public void AnUnknownOutcomeKeepsTheKeySoAResendCannotPayTwice(int status)
    {
        var key = Counting();
        var sent = key.Value;

        key.After(status, null);

        Assert.Equal(sent, key.Value);
    }

    [Fact]
    public void ARequestWithTheKeyStillRunningKeepsTheKey()
    {
        var key = Counting();
        var sent = key.Value;

        key.After(new ApiResult<PaymentCreated>(409, null, null, new Problem(RequestKey.StillRunning, "Still running.", 409, null, null)));

        Assert.Equal(sent, key.Value);
    }

    [Theory]
    [InlineData(400, "urn:securitytrax:problem:validation")]
    [InlineData(403, "urn:securitytrax:problem:forbidden")]
    [InlineData(404, "urn:securitytrax:problem:not-found")]
    [InlineData(409, "urn:securitytrax:problem:conflict")]
    [InlineData(412, Problem.StaleVersion)]
    [InlineData(422, "urn:securitytrax:problem:idempotency-key-reused")]
    public void AnAnsweredRefusalTakesANewKeySoTheCorrectedRequestIsNotAReusedKey(int status, string type)
    {
        var key = Counting();
        _ = key.Value;

        key.After(status, type);

        Assert.Equal("k2", key.Value);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public void ASuccessTakesANewKeySoTheNextPaymentIsANewOne(int status)
    {
        var key = Counting();
        _ = key.Value;

        key.After(status, null);

        Assert.Equal("k2", key.Value);
    }

    [Fact]
    public void ARenewalTakesANewKeyWhereTheApiSaidNothingWasDone()
    {
        var key = Counting();
        var sent = key.Value;

        key.Renew();

        Assert.Equal(("k1", "k2"), (sent, key.Value));
    }

    [Fact]
    public void KeysAreNewForEveryForm() => Assert.NotEqual(new RequestKey().Value, new RequestKey().Value);

    private static RequestKey Counting()
    {
        var made = 0;
        return new RequestKey(() => $"k{++made}");
    }
}
