using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The gateway while its only silo is gone: honest 503s at once, and service again when the silo is back.</summary>
public sealed class SiloOutageTests : IAsyncLifetime
{
    // A request cut off by the outage must answer long before the 30-second call timeout.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    private PrivateSystem _system = null!;

    public async Task InitializeAsync() => _system = await PrivateSystem.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task ARequestWaitingOnASiloThatDiesAndRequestsWhileNoSiloRunsAnswer503AtOnceAndServiceResumesWithTheSilo()
    {
        using var admin = await PrivateSystem.SignInAsync(_system.StartGateway());
        var customer = await PrivateSystem.CustomerWithCardAsync(admin);
        var charging = _system.Stripe.FailNextRequest(FakeStripeFault.HangBeforeProcessing, "/v1/payment_intents");
        using var pay = PrivateSystem.Pay(customer, 25.00m, "outage-pay-1");
        var inFlight = admin.SendAsync(pay);
        await charging.WaitAsync(TimeSpan.FromSeconds(30));

        var clock = Stopwatch.StartNew();
        await _system.KillSiloAsync();
        var cutOff = await inFlight.WaitAsync(TimeSpan.FromSeconds(60));
        var cutOffAfter = clock.Elapsed;
        clock.Restart();
        var whileDown = await admin.GetAsync($"/api/v1/customers/{customer}");
        var whileDownAfter = clock.Elapsed;

        await AssertUnavailableAsync(cutOff);
        await AssertUnavailableAsync(whileDown);
        Assert.True(cutOffAfter < Prompt, $"the request cut off by the outage answered after {cutOffAfter}");
        Assert.True(whileDownAfter < Prompt, $"a request while no silo runs answered after {whileDownAfter}");

        await _system.StartSiloAsync();
        var back = await WhenAnsweredAsync(admin, $"/api/v1/customers/{customer}");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("urn:securitytrax:problem:unavailable", problem.GetProperty("type").GetString());
        Assert.Equal("5", Assert.Single(response.Headers.GetValues("Retry-After")));
    }

    // The gateway notices a returning silo by itself; a client retries as Retry-After says.
    private static async Task<HttpResponseMessage> WhenAnsweredAsync(HttpClient client, string path)
    {
        var until = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || until.Elapsed > TimeSpan.FromSeconds(60))
            {
                return response;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
