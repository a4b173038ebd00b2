using System.Net.Http.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>What an e-mailed receipt says the payment did.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PaymentReceiptTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task APartialPaymentsReceiptSaysWhatIsStillDueAndNeverPaidInFull()
    {
        var customer = await CustomerAsync();
        var invoice = await LabourInvoiceAsync(customer);

        var body = await ReceiptOfAsync(customer, new { invoiceId = invoice, amount = 100.00m }, 100.00m);

        Assert.Contains($"Partial payment: $70.00 still due on invoice {invoice}", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Paid in full", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APaymentThatClearsTheDueSaysPaidInFullAndWhatIsLeftOnAccount()
    {
        var customer = await CustomerAsync();
        var invoice = await LabourInvoiceAsync(customer);

        var body = await ReceiptOfAsync(customer, new { invoiceId = invoice, amount = 170.00m }, 200.00m);

        Assert.Contains($"Paid in full (invoice {invoice}); $30.00 kept as credit on your account", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APaymentAppliedToNothingIsReceivedOnAccount()
    {
        var customer = await CustomerAsync();

        var body = await ReceiptOfAsync(customer, null, 25.00m);

        Assert.Contains("$25.00 received on account", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Paid in full", body, StringComparison.Ordinal);
    }

    private async Task<string> ReceiptOfAsync(long customer, object? application, decimal amount)
    {
        var email = GatewayFixture.NewName("receipt") + "@example.com";
        var applications = application is null ? Array.Empty<object>() : [application];
        var created = await Admin.SendAsync(Post(
            $"/api/v1/customers/{customer}/payments",
            new { amount, manualKind = "check", reference = "2201", emailReceipt = true, receiptTo = email, applications },
            GatewayFixture.NewName("receipt")));
        created.EnsureSuccessStatusCode();
        var mail = Assert.Single(Fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        return mail.HtmlBody ?? mail.TextBody ?? "";
    }
}
