using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Portal;

/// <summary>A billing company whose office makes pay links; the portal is reached without signing in, by the link alone.</summary>
public abstract class PortalSession(GatewayFixture fixture) : PaymentSession(fixture)
{
    /// <summary>A pay link made by the office: its portal API address (<c>/api/v1/portal/{company}/{token}</c>) and the answer.</summary>
    protected async Task<(string Api, JsonElement Link)> PayLinkAsync(string path, object? body = null)
    {
        var response = await Admin.PostAsJsonAsync(path, body ?? new { });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var link = await JsonAsync(response);
        return ("/api/v1" + new Uri(link.GetProperty("url").GetString()!).AbsolutePath, link);
    }

    /// <summary>A customer with an email for receipts, and two open invoices of 170.00 each.</summary>
    protected async Task<(long Customer, string Email, long First, long Second)> CustomerOwingAsync()
    {
        var email = GatewayFixture.NewName("portal") + "@example.com";
        var response = await Admin.PostAsJsonAsync("/api/v1/customers", new
        {
            stage = "customer", firstName = "Pat", lastName = "Payer", email,
            serviceAddress = new { line1 = "3 Oak St", city = "Denver", state = "CO", zip = "80202" },
        });
        response.EnsureSuccessStatusCode();
        var customer = (await JsonAsync(response)).GetProperty("id").GetInt64();
        return (customer, email, await LabourInvoiceAsync(customer), await LabourInvoiceAsync(customer));
    }

    protected HttpClient Anonymous => Fixture.Http;

    /// <summary>Gives this test's company its own Stripe test keys (on the fake Stripe server); answers the webhook signing secret.</summary>
    protected async Task<string> UseStripeAsync()
    {
        var name = GatewayFixture.NewName("portal");
        var settings = await Admin.GetAsync("/api/v1/settings/integrations");
        using var keys = new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/integrations/stripe")
        {
            Content = JsonContent.Create(new { secretKey = $"sk_test_{name}", publishableKey = $"pk_test_{name}", webhookSigningSecret = $"whsec_{name}" }),
        };
        keys.Headers.TryAddWithoutValidation("If-Match", settings.Headers.ETag!.ToString());
        (await Admin.SendAsync(keys)).EnsureSuccessStatusCode();
        return $"whsec_{name}";
    }

    /// <summary>A Stripe webhook for this company, signed as Stripe signs it.</summary>
    protected Task<HttpResponseMessage> DeliverWebhookAsync(string payload, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/stripe/{Tenant}") { Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", SecurityTrax.Testing.Fakes.FakeStripeWebhooks.SignatureHeader(payload, secret, DateTimeOffset.UtcNow));
        return Anonymous.SendAsync(request);
    }

    /// <summary>The payment as the office sees it.</summary>
    protected async Task<JsonElement> OfficePaymentAsync(long id) => await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{id}");

    protected async Task<decimal> DueAsync(long invoice) => (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal();

    /// <summary>Reads the receipt (which asks the processor about a payment in flight) until it has <paramref name="status"/>, within a deadline.</summary>
    protected async Task<JsonElement> ReceiptUntilAsync(string api, long id, string status, TimeSpan within)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        while (true)
        {
            var receipt = await Anonymous.GetFromJsonAsync<JsonElement>($"{api}/payments/{id}");
            if (receipt.GetProperty("status").GetString() == status || DateTimeOffset.UtcNow > deadline)
            {
                return receipt;
            }

            await Task.Delay(500);
        }
    }

    /// <summary>
    /// The receipt mail of <paramref name="payment"/>: the payment sends it before it answers, so it is there at once
    /// (a short deadline covers a slow fake server). When it is not, what became of it (the payment's log with its
    /// receipt step, the customer's messages with status and reason) is written out, and the test waits for the
    /// message sweeper's retry (a minute later) before it fails with the same account: a first attempt the transport
    /// did not take is the product working as designed, and the account says which outcome it was.
    /// </summary>
    protected async Task<MimeKit.MimeMessage> ReceiptMailAsync(string email, long customer, long payment)
    {
        bool ToCustomer(MimeKit.MimeMessage m) => m.To.Mailboxes.Any(a => a.Address == email);
        try
        {
            return await Fixture.Smtp.WaitForAsync(ToCustomer, TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
            var account = await ReceiptAccountAsync(customer, payment);
            await Console.Error.WriteLineAsync($"Receipt to {email} not there within 30 s; waiting for the sweeper's retry. {account}");
            try
            {
                return await Fixture.Smtp.WaitForAsync(ToCustomer, TimeSpan.FromSeconds(150));
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException($"No receipt to {email} within 3 minutes. At 30 s: {account} Now: {await ReceiptAccountAsync(customer, payment)}", e);
            }
        }
    }

    private async Task<string> ReceiptAccountAsync(long customer, long payment) =>
        $"Payment: {await Admin.GetStringAsync($"/api/v1/payments/{payment}")} Messages: {await Admin.GetStringAsync($"/api/v1/customers/{customer}/messages")}";

    protected async Task<HttpResponseMessage> PayAsync(string api, object body, string? key = null) =>
        await Anonymous.SendAsync(Post($"{api}/payments", body, key ?? GatewayFixture.NewName("portal-pay")));
}
