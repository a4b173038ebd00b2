using System.Globalization;
using System.Text.RegularExpressions;
using MimeKit;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.Portal;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>
/// Issue 20, point 5: the recurring "invoice generated" and "payment attempt" emails carry the invoice's PDF and a pay
/// link, sent through MailKit to a local SMTP server; a retried send neither sends again nor makes a second link.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class RecurringEmailAttachmentTests(PostgresFixture fixture) : IAsyncLifetime
{
    private const string PortalBaseUrl = "https://pay.example.test";
    private readonly LocalSmtpServer _smtp = LocalSmtpServer.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    [Fact]
    public async Task BothEmailsCarryThePdfAndAPayLinkThatOpensTheInvoiceAndARetryAddsNothing()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync(settings: new Dictionary<string, string?>
        {
            ["Messaging:Smtp:Host"] = "127.0.0.1",
            ["Messaging:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Messaging:Smtp:Security"] = "None",
            ["Messaging:Smtp:From"] = "office@acme-alarm.test",
            ["Payments:PortalBaseUrl"] = PortalBaseUrl,
        });
        var s = await BillingScenario.StartAsync(silo.Grains);
        var customer = await s.CustomerAsync(1001, change: p => p with { Email = "ann@example.com" });
        s.Act();
        var card = await silo.Grains.GetGrain<IBillingMethodsGrain>(GrainKeys.For(s.Tenant, customer.ToString(CultureInfo.InvariantCulture)))
            .AddAsync(new NewBillingMethod(BillingMethodKind.Card, "pm_card_chargeCustomerFail", null, true));
        var recurring = RecurringBilling.Grain(silo.Grains, s, 41);
        var created = await recurring.CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 2, email: true) with
        {
            Term = PaymentTerm.DueOnReceipt, BillingMethodId = card.Id, EmailPaymentResult = true,
        });

        billing.MoveTo(RecurrenceSchedule.Create(created.Schedule, created.TimeZone).DueAt(0));
        await billing.StepUntilAsync(async () => (await billing.HistoryAsync(s.Tenant, "payment_attempted")).Count == 1);
        var mails = await _smtp.WaitForAsync(2, TimeSpan.FromSeconds(30));
        s.Act();
        var invoice = (await recurring.GetAsync()).Invoices.Single().InvoiceId;

        var generated = Assert.Single(mails, m => m.Subject?.StartsWith("Your invoice", StringComparison.Ordinal) == true);
        var attempt = Assert.Single(mails, m => m.Subject?.StartsWith("Payment for invoice", StringComparison.Ordinal) == true);
        foreach (var mail in new[] { generated, attempt })
        {
            var pdf = Assert.Single(mail.Attachments.OfType<MimePart>());
            Assert.Equal(($"invoice-{invoice}.pdf", "application/pdf"), (pdf.FileName, pdf.ContentType.MimeType));
            using var content = new MemoryStream();
            await pdf.Content!.DecodeToAsync(content);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(content.ToArray(), 0, 5), StringComparison.Ordinal);
            var scope = await OpenAsync(silo.Grains, s, mail);
            Assert.Equal((PayLinkStatus.Active, customer, invoice), (scope.Status, scope.CustomerId, scope.InvoiceId));
        }

        // What a repeated step reaches after a crash: the occurrence's message id, the template's fields asking for links.
        var message = silo.Grains.GetGrain<IMessageGrain>(GrainKeys.For(s.Tenant, RecurringInvoiceEmails.GeneratedMessageId(41, 1)));
        var first = await message.GetAsync();
        var again = await message.SendAsync(new SendMessage(
            customer, MessageChannel.Email, null, SystemTemplateKinds.RecurringInvoiceGenerated, null, null, null, null, null,
            new Dictionary<string, string> { ["invoice.number"] = invoice.ToString(CultureInfo.InvariantCulture) }, null, RecordInvalidAsFailed: true));
        Assert.Equal((first.Id, first.Attempts, MessageStatus.Sent), (again.Id, again.Attempts, again.Status));
        Assert.Equal(2, _smtp.Received.Count);
        var links = await silo.Grains.GetGrain<ICustomerPayLinksGrain>(GrainKeys.For(s.Tenant, customer.ToString(CultureInfo.InvariantCulture))).ListAsync();
        Assert.Equal(2, links.Length);
    }

    /// <summary>Opens the mail's pay link the way the portal does: by the token's digest in the mail's company.</summary>
    private static async Task<PayLinkScope> OpenAsync(IGrainFactory grains, BillingScenario s, MimeMessage mail)
    {
        var url = PayUrl().Match(mail.HtmlBody ?? "").Value;
        Assert.StartsWith($"{PortalBaseUrl}/portal/{s.Tenant}/", url, StringComparison.Ordinal);
        var id = PayLinkKeys.IdOf(url[(url.LastIndexOf('/') + 1)..]);
        Assert.NotNull(id);
        s.Act();
        return await grains.GetGrain<IPayLinkGrain>(GrainKeys.For(s.Tenant, id)).OpenAsync();
    }

    [GeneratedRegex("https://pay\\.example\\.test/portal/[^\"<\\s]+")]
    private static partial Regex PayUrl();
}
