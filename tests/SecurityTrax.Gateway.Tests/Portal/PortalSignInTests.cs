using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SecurityTrax.Gateway.Tests.Portal;

/// <summary>Signing in to the portal with a one-time code: no enumeration, tries, expiry, rate limits and the company boundary.</summary>
[Collection(GatewayCollection.Name)]
public sealed partial class PortalSignInTests(GatewayFixture fixture) : PortalSession(fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task KnownAndUnknownAddressesAreAnsweredAlikeAndTheEmailedCodeOpensTheCustomersPortalOnce()
    {
        var (customer, email, _, _) = await CustomerOwingAsync();
        var client = TestClientAddress.Random();
        var unknown = GatewayFixture.NewName("nobody") + "@example.com";

        var known = await AskAsync(email.ToUpperInvariant(), client);
        var stranger = await AskAsync(unknown, client);
        var code = await CodeSentToAsync(email);
        var wrong = await SignInAsync(email, code == "000000" ? "111111" : "000000", client);
        var strangerTry = await SignInAsync(unknown, code, client);
        var signedIn = await SignInAsync(email, code, client);
        var reused = await SignInAsync(email, code, client);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (known.StatusCode, stranger.StatusCode));
        Assert.Equal(await known.Content.ReadAsStringAsync(), await stranger.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == unknown));
        Assert.Equal(await ReasonAsync(wrong), await ReasonAsync(strangerTry));
        Assert.Equal(HttpStatusCode.Created, signedIn.StatusCode);
        var session = await JsonAsync(signedIn);
        var portal = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1" + new Uri(session.GetProperty("url").GetString()!).AbsolutePath);
        Assert.Equal(("Pat Payer", 340.00m), (portal.GetProperty("customerName").GetString(), portal.GetProperty("balance").GetDecimal()));
        Assert.True(session.GetProperty("expiresAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow.AddHours(1).AddMinutes(1));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        var links = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/pay-links")).EnumerateArray();
        Assert.Equal("Customer portal", Assert.Single(links).GetProperty("createdByName").GetString());
    }

    [Fact]
    public async Task FiveWrongCodesLockTheCodeAndAnExpiredCodeOpensNothing()
    {
        var (_, email, _, _) = await CustomerOwingAsync();
        var phone = "303-555-" + Random.Shared.Next(1000, 9999);
        var (_, _, _, _) = await CustomerWithPhoneAsync(phone);
        var client = TestClientAddress.Random();

        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(email, client)).StatusCode);
        var code = await CodeSentToAsync(email);
        var reasons = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            reasons.Add(await ReasonAsync(await SignInAsync(email, code == "000000" ? "111111" : "000000", client)));
        }

        var locked = await SignInAsync(email, code, client);
        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync("(303) " + phone[4..], client)).StatusCode);
        var texted = await TextedCodeAsync(phone);
        await Task.Delay(GatewayFixture.PortalCodeLifetime + TimeSpan.FromSeconds(1));
        var expired = await SignInAsync(phone, texted, client);

        Assert.Contains("not right", reasons[0], StringComparison.Ordinal);
        Assert.Contains("Too many", reasons[4], StringComparison.Ordinal);
        Assert.Contains("Too many", await ReasonAsync(locked), StringComparison.Ordinal);
        Assert.Contains("expired", await ReasonAsync(expired), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodesAreRateLimitedPerAddressAndPerClientWith429AndRetryAfter()
    {
        var (_, email, _, _) = await CustomerOwingAsync();
        var client = TestClientAddress.Random();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await AskAsync(email, TestClientAddress.Random()));
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(GatewayFixture.NewName("n") + "@example.com", client)).StatusCode);
        }

        var fromClient = await AskAsync(GatewayFixture.NewName("n") + "@example.com", client);
        var signInFromClient = await SignInAsync(email, "123456", client);

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.True(answers[3].Headers.RetryAfter!.Delta > TimeSpan.Zero);
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (fromClient.StatusCode, signInFromClient.StatusCode));
        Assert.NotNull(fromClient.Headers.RetryAfter);
        // The codes go out after the 202 (the message grain sends them): wait for the three, then no more.
        int Mailed() => Fixture.Smtp.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == email));
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Mailed() < 3 && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        Assert.Equal(3, Mailed());
    }

    [Fact]
    public async Task ACodeOpensOnlyItsOwnCompanyAndBadAddressesAreBadFields()
    {
        var (_, email, _, _) = await CustomerOwingAsync();
        var other = await Fixture.CreateTenantAsync("portal-signin-other");
        var client = TestClientAddress.Random();

        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(email, client)).StatusCode);
        var code = await CodeSentToAsync(email);
        var elsewhere = await Anonymous.SendAsync(Post($"/api/v1/portal/{other}/sessions", new { address = email, code }));
        var bad = await AskAsync("not an address", client);
        var signedIn = await SignInAsync(email, code, client);

        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await JsonAsync(bad)).GetProperty("errors").TryGetProperty("address", out _));
        Assert.Equal(HttpStatusCode.Created, signedIn.StatusCode);
        Assert.Contains($"/portal/{Tenant}/", (await JsonAsync(signedIn)).GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> AskAsync(string address, string client) => SendAsync("codes", new { address }, client);

    private Task<HttpResponseMessage> SignInAsync(string address, string code, string client) => SendAsync("sessions", new { address, code }, client);

    private Task<HttpResponseMessage> SendAsync(string path, object body, string client)
    {
        var request = Post($"/api/v1/portal/{Tenant}/{path}", body);
        request.Headers.Add(TestClientAddress.Header, client);
        return Anonymous.SendAsync(request);
    }

    private static async Task<string> ReasonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("errors").GetProperty("code")[0].GetString()!;
    }

    private async Task<(long, string, long, long)> CustomerWithPhoneAsync(string phone)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/customers", new
        {
            stage = "customer", firstName = "Tex", lastName = "Ting",
            serviceAddress = new { line1 = "4 Oak St", city = "Denver", state = "CO", zip = "80202" },
            phones = new[] { new { kind = "mobile", number = phone } },
        });
        response.EnsureSuccessStatusCode();
        return ((await JsonAsync(response)).GetProperty("id").GetInt64(), phone, 0, 0);
    }

    private async Task<string> CodeSentToAsync(string email)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Fixture.Smtp.Received.LastOrDefault(m => m.To.Mailboxes.Any(a => a.Address == email)) is { } message)
            {
                return SixDigits().Match(message.TextBody ?? message.HtmlBody ?? "").Value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No code was emailed to {email}.");
    }

    private async Task<string> TextedCodeAsync(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Fixture.Twilio.Sent.LastOrDefault(s => new string(s.To.Where(char.IsAsciiDigit).ToArray()).EndsWith(digits, StringComparison.Ordinal)) is { } sms)
            {
                return SixDigits().Match(sms.Body).Value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No code was texted to {phone}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
