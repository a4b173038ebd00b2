using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class SmsMessagesTests(GatewayFixture fixture) : AdminSession(fixture)
{
    private static readonly string StatusPath = $"/webhooks/twilio/{GatewayFixture.Tenant}/status";
    private static readonly string InboundPath = $"/webhooks/twilio/{GatewayFixture.Tenant}/inbound";

    [Fact]
    public async Task ATextGoesThroughTwilioAndItsSignedStatusCallbackMarksItDelivered()
    {
        var phone = NewPhone();
        var (id, _, _) = await CreateAsync(Admin, Person("Sam", "Text", phone: phone));

        var message = await SendTextAsync(id, "Your technician arrives at 9.");
        var sms = Assert.Single(Fixture.Twilio.Sent, s => s.To == phone);
        var callbackPath = $"{StatusPath}?message={message.GetProperty("id").GetInt64()}";
        var forged = await CallbackAsync(callbackPath, new() { ["MessageSid"] = sms.Sid, ["MessageStatus"] = "failed", ["ErrorCode"] = "30003" }, "forged-signature");
        var afterForged = await MessageAsync(message);
        var genuine = await CallbackAsync(callbackPath, new() { ["MessageSid"] = sms.Sid, ["MessageStatus"] = "delivered" });

        Assert.Equal(("sent", "twilio", sms.Sid), (message.GetProperty("status").GetString(), message.GetProperty("provider").GetString(), message.GetProperty("providerMessageId").GetString()));
        Assert.Equal(("Your technician arrives at 9.", FakeTwilio.From), (sms.Body, sms.From));
        Assert.Equal(GatewayFixture.PublicBaseUrl + callbackPath, sms.StatusCallback);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("sent", afterForged.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, genuine.StatusCode);
        Assert.Equal("delivered", (await MessageAsync(message)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnUndeliveredReportFailsTheMessageWithTheCarriersCode()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("Una", "Delivered", phone: NewPhone()));
        var message = await SendTextAsync(id, "Hello");
        var sid = message.GetProperty("providerMessageId").GetString()!;

        await CallbackAsync($"{StatusPath}?message={message.GetProperty("id").GetInt64()}", new() { ["MessageSid"] = sid, ["MessageStatus"] = "undelivered", ["ErrorCode"] = "30005" });

        var after = await MessageAsync(message);
        Assert.Equal("failed", after.GetProperty("status").GetString());
        Assert.Equal("The carrier reported the text undelivered (error 30005).", after.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task TwilioRefusingANumberFailsTheMessage()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("In", "Valid", phone: NewPhone()));

        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { channel = "sms", textBody = "Hi", to = FakeTwilio.InvalidNumber });

        var message = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("failed", message.GetProperty("status").GetString());
        Assert.StartsWith("Twilio refused the message: 21211", message.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopRepliesBlockTextsUntilStart()
    {
        var phone = NewPhone();
        var (id, _, _) = await CreateAsync(Admin, Person("Opt", "Out", phone: phone));

        var forgedStop = await CallbackAsync(InboundPath, new() { ["From"] = phone, ["Body"] = "STOP" }, "forged");
        await SendTextAsync(id, "Still allowed");
        var stop = await CallbackAsync(InboundPath, new() { ["From"] = phone, ["Body"] = " stop " });
        var blocked = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { channel = "sms", textBody = "Blocked" });
        await CallbackAsync(InboundPath, new() { ["From"] = phone, ["Body"] = "START" });
        await SendTextAsync(id, "Allowed again");

        Assert.Equal(HttpStatusCode.Forbidden, forgedStop.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Equal("application/xml", stop.Content.Headers.ContentType?.MediaType);
        var errors = await Problems.AssertAsync(blocked, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Contains("replied STOP", errors.GetProperty("to")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(["Still allowed", "Allowed again"], Fixture.Twilio.Sent.Where(s => s.To == phone).Select(s => s.Body));
    }

    private static string NewPhone() => "+1720555" + Random.Shared.Next(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonElement> SendTextAsync(long customerId, string text)
    {
        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{customerId}/messages", new { channel = "sms", textBody = text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<JsonElement> MessageAsync(JsonElement message) =>
        Admin.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{message.GetProperty("id").GetInt64()}");

    /// <summary>Posts a form as Twilio does, signed over the public URL unless a signature is given.</summary>
    private async Task<HttpResponseMessage> CallbackAsync(string pathAndQuery, Dictionary<string, string> form, string? signature = null)
    {
        using var anonymous = Fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? FakeTwilio.Sign(GatewayFixture.PublicBaseUrl + pathAndQuery, form));
        return await anonymous.SendAsync(request);
    }
}
