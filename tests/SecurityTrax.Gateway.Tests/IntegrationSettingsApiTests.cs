using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Integrations;
using SecurityTrax.Testing.Fakes;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class IntegrationSettingsApiTests(GatewayFixture fixture) : IAsyncLifetime
{
    private const string Path = "/api/v1/settings/integrations";
    private const string Password = "integrations-admin-password";
    private const string SmtpPassword = "smtp-Pa55word-clear";
    private const string StripeSecret = "sk_test_51SecretKeyValue9876";
    private const string WebhookSecret = "whsec_SigningSecretValue";
    private const string TenantAuthToken = "tenant-own-twilio-token";

    private string _tenant = "";
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _tenant = await fixture.CreateTenantAsync(Password);
        _admin = await fixture.SignInAsync(_tenant, "admin", Password);
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SecretsAreStoredEncryptedAndShownMasked()
    {
        var smtp = await PutAsync("smtp", new { host = "mail.example.test", port = 2525, security = "none", userName = "office", password = SmtpPassword, from = "billing@dealer.test" });
        var stripe = await PutAsync("stripe", new { secretKey = StripeSecret, publishableKey = "pk_test_51PublishableKey", webhookSigningSecret = WebhookSecret });

        Assert.Equal(HttpStatusCode.OK, smtp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stripe.StatusCode);
        var read = await _admin.GetFromJsonAsync<JsonElement>(Path);
        Assert.Equal(("mail.example.test", 2525, "None", "set"), (S(read, "smtp", "host"), read.GetProperty("smtp").GetProperty("port").GetInt32(), S(read, "smtp", "security"), S(read, "smtp", "password")));
        Assert.Equal(("…9876", "set"), (S(read, "stripe", "secretKey"), S(read, "stripe", "webhookSigningSecret")));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("twilio").ValueKind);
        var one = await _admin.GetFromJsonAsync<JsonElement>($"{Path}/smtp");
        var platform = await _admin.GetFromJsonAsync<JsonElement>($"{Path}/twilio");
        Assert.Equal(("company", "set"), (one.GetProperty("source").GetString(), one.GetProperty("settings").GetProperty("password").GetString()));
        Assert.Equal(("platform", JsonValueKind.Null), (platform.GetProperty("source").GetString(), platform.GetProperty("settings").ValueKind));
        var raw = await StoredStateAsync() ?? "";
        Assert.Contains("mail.example.test", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(SmtpPassword, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(StripeSecret, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret, raw, StringComparison.Ordinal);
        var log = await _admin.GetFromJsonAsync<JsonElement>("/api/v1/security-log");
        var changes = log.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "integration_settings_changed").Select(e => e.GetProperty("detail").GetString()!).ToList();
        Assert.Equal(2, changes.Count);
        Assert.DoesNotContain(changes, d => d.Contains(SmtpPassword, StringComparison.Ordinal) || d.Contains(StripeSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadSettingsNameEachFieldAndChangeNothing()
    {
        var etag = await ETagAsync(_admin, Path);

        var smtp = await PutAsync("smtp", new { host = "mail example", port = 70000, security = "tls", userName = "office", from = "not-an-address" }, etag);
        var stripe = await PutAsync("stripe", new { secretKey = "pk_live_wrongkind123", publishableKey = "pk_test_51Publishable" }, etag);
        var stale = await PutAsync("twilio", new { accountSid = FakeTwilio.AccountSid, authToken = "x-token-value", from = FakeTwilio.From }, "\"99\"");

        Assert.Equal(["from", "host", "password", "port", "security"], Fields(await Problems.AssertAsync(smtp, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(["secretKey", "webhookSigningSecret"], Fields(await Problems.AssertAsync(stripe, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(etag, await ETagAsync(_admin, Path));
    }

    [Fact]
    public async Task ACompanysMailGoesThroughItsOwnServerAndBackToThePlatformsAfterRemoval()
    {
        await using var own = LocalSmtpServer.Start();
        var ours = $"{GatewayFixture.NewName("own")}@example.com";
        var (customer, _, _) = await CreateAsync(_admin, Person("Own", "Server", ours));
        using var other = await fixture.SignInAsAdminAsync();
        var theirs = $"{GatewayFixture.NewName("platform")}@example.com";
        var (otherCustomer, _, _) = await CreateAsync(other, Person("Platform", "Server", theirs));
        var put = await PutAsync("smtp", new { host = "127.0.0.1", port = own.Port, security = "None", from = "office@own-dealer.test", fromName = "Own Dealer" });

        var sent = await _admin.PostAsJsonAsync($"/api/v1/customers/{customer}/messages", new { channel = "email", subject = "Via our server", textBody = "Hi" });
        var platform = await other.PostAsJsonAsync($"/api/v1/customers/{otherCustomer}/messages", new { channel = "email", subject = "Via the platform", textBody = "Hi" });
        var removed = await SendAsync(_admin, HttpMethod.Delete, $"{Path}/smtp", put.Headers.ETag!.Tag);
        var after = await _admin.PostAsJsonAsync($"/api/v1/customers/{customer}/messages", new { channel = "email", subject = "Via the platform again", textBody = "Hi" });

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created], new[] { sent.StatusCode, platform.StatusCode, removed.StatusCode, after.StatusCode });
        var mail = Assert.Single(own.Received);
        Assert.Equal(("Via our server", "office@own-dealer.test"), (mail.Subject, mail.From.Mailboxes.Single().Address));
        Assert.Contains(fixture.Smtp.Received, m => m.Subject == "Via the platform" && m.To.Mailboxes.Single().Address == theirs);
        Assert.Contains(fixture.Smtp.Received, m => m.Subject == "Via the platform again" && m.To.Mailboxes.Single().Address == ours);
        Assert.DoesNotContain(fixture.Smtp.Received, m => m.Subject == "Via our server");
        Assert.Equal(JsonValueKind.Null, (await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("smtp").ValueKind);
    }

    [Fact]
    public async Task TwilioCallbacksAreCheckedWithTheCompanysOwnToken()
    {
        (await PutAsync("twilio", new { accountSid = FakeTwilio.AccountSid, authToken = TenantAuthToken, from = FakeTwilio.From })).EnsureSuccessStatusCode();
        var path = $"/webhooks/twilio/{_tenant}/inbound";
        var form = new Dictionary<string, string> { ["From"] = "+13035550199", ["Body"] = "Hello" };

        var own = await CallbackAsync(path, form, FakeTwilio.Sign(GatewayFixture.PublicBaseUrl + path, form, TenantAuthToken));
        var platformToken = await CallbackAsync(path, form, FakeTwilio.Sign(GatewayFixture.PublicBaseUrl + path, form));
        var platformTenant = await CallbackAsync($"/webhooks/twilio/{GatewayFixture.Tenant}/inbound", form,
            FakeTwilio.Sign(GatewayFixture.PublicBaseUrl + $"/webhooks/twilio/{GatewayFixture.Tenant}/inbound", form, TenantAuthToken));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, platformToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, platformTenant.StatusCode);
    }

    [Fact]
    public async Task OnlyHoldersOfSettingsIntegrationsSeeOrChangeThem()
    {
        var name = GatewayFixture.NewName("office");
        await fixture.CreateUserAsync(_admin, name, "Office");
        using var office = await fixture.SignInAsync(_tenant, name, "a-good-password");
        var etag = await ETagAsync(_admin, Path);

        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync($"{Path}/stripe")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(office, HttpMethod.Put, $"{Path}/smtp", etag, new { host = "h", from = "a@b.test" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(office, HttpMethod.Delete, $"{Path}/stripe", etag)).StatusCode);
        Assert.Equal(etag, await ETagAsync(_admin, Path));
    }

    [Fact]
    public async Task AClientCannotReadDecryptedSecretsEvenWithTheSiloOnlyInterface()
    {
        (await PutAsync("stripe", new { secretKey = StripeSecret, publishableKey = "pk_test_51PublishableKey", webhookSigningSecret = WebhookSecret })).EnsureSuccessStatusCode();
        var client = fixture.Gateway.Services.GetRequiredService<IClusterClient>();
        CallerContext.Set(new Caller(_tenant, "admin-id", "admin", "api", null, null));
        try
        {
            var secrets = client.GetGrain<IIntegrationSecretsGrain>(GrainKeys.For(_tenant, IIntegrationSettingsGrain.Id));

            var refused = await Assert.ThrowsAsync<SecurityTraxException>(() => secrets.GetStripeAsync());

            Assert.Equal(ErrorKind.NotFound, refused.Kind);
        }
        finally
        {
            CallerContext.Clear();
        }
    }

    private async Task<HttpResponseMessage> PutAsync(string provider, object body, string? etag = null) =>
        await SendAsync(_admin, HttpMethod.Put, $"{Path}/{provider}", etag ?? await ETagAsync(_admin, Path), body);

    private Task<string?> StoredStateAsync() => fixture.Database.ScalarAsync<string>(
        "SELECT string_agg(convert_from(payloadbinary, 'UTF8'), '') FROM orleansstorage WHERE grainidextensionstring = @key",
        ("key", $"{_tenant}/integrations"));

    private async Task<HttpResponseMessage> CallbackAsync(string path, Dictionary<string, string> form, string signature)
    {
        using var anonymous = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        return await anonymous.SendAsync(request);
    }

    private static string? S(JsonElement e, string section, string name) => e.GetProperty(section).GetProperty(name).GetString();

    private static string[] Fields(JsonElement errors) => [.. errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
