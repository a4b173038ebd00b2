using System.IO.Compression;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>Reports → Print invoices: filters that match nothing say so, then a ZIP and a PDF of one customer's invoices.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PrintInvoicesTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task OneCustomersInvoicesArePrintedAsAZipAndAsOnePdf()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Monitoring", 39.95m);
        var customer = await ConsoleSteps.CreateCustomerAsync(api, "Pam", "Print");
        var first = await MoneySteps.CreateInvoiceAsync(api, customer, item);
        var second = await MoneySteps.CreateInvoiceAsync(api, customer, item);
        await MoneySteps.CreateInvoiceAsync(api, await ConsoleSteps.CreateCustomerAsync(api, "Other", "Customer"), item);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/reports/print-invoices");

        await page.GetByLabel("Customer number (empty: every customer)").FillAsync(MoneySteps.Id(customer));
        await page.GetByLabel("Document type").SelectOptionAsync("quote");
        await page.GetByRole(AriaRole.Button, new() { Name = "Print as one PDF" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("No invoices, quotes or credit memos match these filters.");
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] }, ResultTypes = [ResultType.Violations] });
        Assert.Empty(axe.Violations.Select(v => $"{v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Html))}"));

        await page.GetByLabel("Document type").SelectOptionAsync("invoice");
        var zip = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download a ZIP of PDFs" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 documents sent to your downloads.");
        await Screens.SaveAsync(page, "reports-print-invoices");
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Print as one PDF" }).ClickAsync());

        Assert.Equal(("invoices.zip", "invoices.pdf"), (zip.SuggestedFilename, pdf.SuggestedFilename));
        using (var archive = ZipFile.OpenRead((await zip.PathAsync())!))
        {
            Assert.Equal([$"invoice-{second}.pdf", $"invoice-{first}.pdf"], archive.Entries.Select(e => e.FullName));
        }

        Assert.StartsWith("%PDF-", await File.ReadAllTextAsync((await pdf.PathAsync())!), StringComparison.Ordinal);
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "reports-print-invoices-phone");
    }
}
