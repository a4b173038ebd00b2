using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SecurityTrax.Identity;
using SecurityTrax.Messages;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests.Webhooks;

/// <summary>The webhook endpoints' edges: bodies too large without a Content-Length, old or replayed events, unknown companies, the platform's secret.</summary>
[Collection(GatewayCollection.Name)]
public sealed class WebhookEdgeTests(GatewayFixture fixture)
{
    private const string Ours = GatewayFixture.Tenant;
    private const long Huge = 64L * 1024 * 1024;
    private const string Problem = "application/problem+json";

    [Theory]
    [InlineData("/webhooks/stripe/" + Ours, "application/json")]
    [InlineData("/webhooks/twilio/" + Ours + "/inbound", "application/x-www-form-urlencoded")]
    public async Task AChunkedBodyOverTheLimitIs413WithoutBeingReadToTheEnd(string path, string contentType)
    {
        var body = new EndlessBody(Huge);
        // The test server's own handler: the factory's default client would buffer the whole body before sending it.
        using var client = new HttpClient(fixture.Gateway.Server.CreateHandler()) { BaseAddress = fixture.Gateway.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StreamContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "urn:securitytrax:problem:too-large");
        Assert.Null(request.Content.Headers.ContentLength);
        Assert.True(body.Served < Huge / 8, $"{body.Served} of {Huge} bytes were read");
    }

    [Fact]
    public async Task AStripeEventSignedLongerAgoThanFiveMinutesIsRefused()
    {
        var payload = Event();

        var old = await StripeAsync(Ours, payload, GatewayFixture.StripeWebhookSecret, DateTimeOffset.UtcNow.AddMinutes(-6));
        var fresh = await StripeAsync(Ours, payload, GatewayFixture.StripeWebhookSecret, DateTimeOffset.UtcNow);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK), (old.StatusCode, fresh.StatusCode));
    }

    [Fact]
    public async Task StripeAnswersAnUnknownOrMalformedCompanyExactlyLikeABadSignature()
    {
        var payload = Event();
        var badSignature = await AnswerAsync(await StripeAsync(Ours, payload, "whsec_not_ours", DateTimeOffset.UtcNow));

        var unknown = await AnswerAsync(await StripeAsync("tnosuchcompany", payload, GatewayFixture.StripeWebhookSecret, DateTimeOffset.UtcNow));
        var malformed = await AnswerAsync(await StripeAsync("Not_A_Slug", payload, GatewayFixture.StripeWebhookSecret, DateTimeOffset.UtcNow));

        Assert.Equal((HttpStatusCode.BadRequest, Problem), (badSignature.Status, badSignature.Type));
        Assert.Contains("\"type\":\"urn:securitytrax:problem:webhook-signature\"", badSignature.Body, StringComparison.Ordinal);
        Assert.Equal(badSignature, unknown);
        Assert.Equal(badSignature, malformed);
    }

    [Theory]
    [InlineData(null, "{}", "Stripe-Signature")]
    [InlineData("v1=abc", "{}", "Stripe-Signature")]
    [InlineData("t=1,v1=abc", "{\"id\":", "body")]
    [InlineData("t=1,v1=abc", "[1,2]", "body")]
    public async Task StripeNamesAMalformedHeaderOrBodyTheSameAtEveryAddress(string? signature, string payload, string field)
    {
        var answers = new List<(HttpStatusCode Status, string? Type, string Headers, string Body)>();
        foreach (var tenant in new[] { Ours, "tnosuchcompany", "Not_A_Slug" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/stripe/{tenant}") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
            if (signature is not null)
            {
                request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
            }

            answers.Add(await AnswerAsync(await fixture.Http.SendAsync(request)));
        }

        Assert.Equal((HttpStatusCode.BadRequest, Problem), (answers[0].Status, answers[0].Type));
        Assert.True(JsonNode.Parse(answers[0].Body)!["errors"]![field] is JsonArray, answers[0].Body);
        Assert.Equal([answers[0], answers[0]], answers[1..]);
    }

    [Fact]
    public async Task ThePlatformsSecretVerifiesOnlyAtCompaniesOnThePlatformsAccount()
    {
        const string Password = "own-stripe-admin-password";
        const string OwnSecret = "whsec_their_own_account";
        var theirs = await fixture.CreateTenantAsync(Password);
        using var admin = await fixture.SignInAsync(theirs, "admin", Password);
        const string Settings = "/api/v1/settings/integrations";
        var own = new { secretKey = "sk_test_51TheirOwnKey1234", publishableKey = "pk_test_51TheirOwnKey", webhookSigningSecret = OwnSecret };
        (await CustomerApiClient.SendAsync(admin, HttpMethod.Put, $"{Settings}/stripe", await CustomerApiClient.ETagAsync(admin, Settings), own)).EnsureSuccessStatusCode();

        var platformThere = await StripeAsync(theirs, Event(), GatewayFixture.StripeWebhookSecret, DateTimeOffset.UtcNow);
        var ownThere = await StripeAsync(theirs, Event(), OwnSecret, DateTimeOffset.UtcNow);
        var platformHere = await StripeAsync(Ours, Event(), GatewayFixture.StripeWebhookSecret, DateTimeOffset.UtcNow);

        Assert.Equal(
            (HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.OK),
            (platformThere.StatusCode, ownThere.StatusCode, platformHere.StatusCode));
    }

    [Fact]
    public async Task TwilioAnswersAnUnknownOrMalformedCompanyOrANonFormExactlyLikeABadSignature()
    {
        var form = new Dictionary<string, string> { ["From"] = "+17205550100", ["Body"] = "hello", ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N") };
        var badSignature = await AnswerAsync(await TwilioAsync(Ours, form, "forged"));

        var unknown = await AnswerAsync(await TwilioAsync("tnosuchcompany", form));
        var malformed = await AnswerAsync(await TwilioAsync("Not_A_Slug", form));
        using var json = new StringContent("{}", Encoding.UTF8, "application/json");
        var notAForm = await AnswerAsync(await fixture.Http.PostAsync($"/webhooks/twilio/{Ours}/inbound", json));

        Assert.Equal((HttpStatusCode.Forbidden, Problem), (badSignature.Status, badSignature.Type));
        Assert.Contains("\"type\":\"urn:securitytrax:problem:webhook-signature\"", badSignature.Body, StringComparison.Ordinal);
        Assert.Equal([badSignature, badSignature, badSignature], [unknown, malformed, notAForm]);
    }

    [Fact]
    public async Task AReplayedStopByItsMessageSidDoesNotOptTheNumberOutAgain()
    {
        var phone = "+1720556" + Random.Shared.Next(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var stop = Inbound(phone, "STOP");

        Assert.Equal(HttpStatusCode.OK, (await TwilioAsync(Ours, stop)).StatusCode);
        Assert.True(await OptedOutAsync(phone));
        Assert.Equal(HttpStatusCode.OK, (await TwilioAsync(Ours, Inbound(phone, "START"))).StatusCode);
        var replay = await TwilioAsync(Ours, stop);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.False(await OptedOutAsync(phone));
        Assert.Equal(HttpStatusCode.OK, (await TwilioAsync(Ours, Inbound(phone, "stop"))).StatusCode);
        Assert.True(await OptedOutAsync(phone));
    }

    private static Dictionary<string, string> Inbound(string phone, string body) =>
        new() { ["From"] = phone, ["Body"] = body, ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N") };

    private async Task<bool> OptedOutAsync(string phone)
    {
        CallerContext.Set(Caller.System(Ours, "test"));
        return await fixture.Silo.Grains.GetGrain<ISmsOptOutGrain>(GrainKeys.For(Ours, ISmsOptOutGrain.Id)).IsOptedOutAsync(phone);
    }

    private static string Event() =>
        FakeStripeWebhooks.EventJson("customer.created", new JsonObject { ["id"] = "cus_" + Guid.NewGuid().ToString("N")[..14], ["object"] = "customer" }, DateTimeOffset.UtcNow);

    private async Task<HttpResponseMessage> StripeAsync(string tenant, string payload, string secret, DateTimeOffset signedAt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/stripe/{tenant}") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripeWebhooks.SignatureHeader(payload, secret, signedAt));
        return await fixture.Http.SendAsync(request);
    }

    /// <summary>An inbound text posted as Twilio does, signed over the public URL unless a signature is given.</summary>
    private async Task<HttpResponseMessage> TwilioAsync(string tenant, Dictionary<string, string> form, string? signature = null)
    {
        var path = $"/webhooks/twilio/{tenant}/inbound";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? FakeTwilio.Sign(GatewayFixture.PublicBaseUrl + path, form));
        return await fixture.Http.SendAsync(request);
    }

    /// <summary>
    /// Status, content type, body and headers, less what names this one request (its path as the instance, its trace
    /// id) and what follows from that or the clock (the body's length, the date).
    /// </summary>
    private static async Task<(HttpStatusCode Status, string? Type, string Headers, string Body)> AnswerAsync(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Content-Length"))
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}")
            .Order(StringComparer.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        if (text.Length > 0 && JsonNode.Parse(text) is JsonObject problem)
        {
            problem.Remove("instance");
            problem.Remove("traceId");
            text = problem.ToJsonString();
        }

        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, string.Join("\n", headers), text);
    }
}
