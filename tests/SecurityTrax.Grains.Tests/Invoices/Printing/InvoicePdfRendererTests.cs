using SecurityTrax.Invoices.Printing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SecurityTrax.Grains.Tests.Invoices.Printing;

public sealed class InvoicePdfRendererTests
{
    [Fact]
    public void AnInvoiceShowsItsNumberCustomerLinesAndTotals()
    {
        var pages = Pages(InvoicePdfRenderer.Render(SampleInvoices.Invoice()));

        var text = Assert.Single(pages);
        foreach (var expected in new[]
                 {
                     "Front Range Alarm Co.", "(303) 555-0142", "INVOICE", "No. 5311", "Page 1 of 1", "Bill to", "Ada Lovelace",
                     "Boulder, CO 80302", "11/26/2026", "12/26/2026", "Net 30", "PO-7781", "Door/window contact sensor", "8.375%",
                     "2.5", "$287.50", "Subtotal $1,187.50", "Tax $47.06", "Total $1,234.56", "Paid $234.56", "Balance due $1,000.00",
                     "Monitoring starts the day after installation.",
                 })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public void A120LineInvoiceRunsOverSeveralPagesEachWithTheHeaderAndEveryLineOnce()
    {
        var pages = Pages(InvoicePdfRenderer.Render(SampleInvoices.WithLines(120)));

        // The first page also carries the parties block, so it holds fewer rows than the pages after it.
        Assert.Equal([33, 37, 37, 13], pages.Select(page => Occurrences(page, "Sensor-").Count()));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("Front Range Alarm Co.", pages[i]);
            Assert.Contains("No. 5311", pages[i]);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
            Assert.Contains("Qty Description Unit price Tax Amount", pages[i]);
        }

        var all = string.Join(" ", pages);
        Assert.All(Enumerable.Range(1, 120), i => Assert.Single(Occurrences(all, SampleInvoices.Token(i) + " ")));
        Assert.Contains("Total $1,200.00", pages[^1]);
        Assert.DoesNotContain("Bill to", pages[1]);
    }

    [Fact]
    public void ADescriptionTallerThanAPageContinuesOnTheNextPage()
    {
        var words = Enumerable.Range(1, 900).Select(i => $"w{i:000}").ToList();
        var invoice = SampleInvoices.Invoice() with { Lines = [new PrintableInvoiceLine(1, string.Join(' ', words), 5m, 5m, 0)] };

        var pages = Pages(InvoicePdfRenderer.Render(invoice));

        Assert.Equal(3, pages.Count);
        Assert.Equal(words, string.Join(" ", pages).Split(' ').Where(w => w.Length == 4 && w[0] == 'w' && char.IsAsciiDigit(w[1])));
    }

    [Fact]
    public void AQuoteIsNeverDueAndACreditMemoShowsItsRemainingCredit()
    {
        var quote = Assert.Single(Pages(InvoicePdfRenderer.Render(SampleInvoices.Invoice() with { Kind = PrintableDocumentKind.Quote })));
        var memo = Assert.Single(Pages(InvoicePdfRenderer.Render(SampleInvoices.Invoice() with { Kind = PrintableDocumentKind.CreditMemo })));

        Assert.Contains("QUOTE", quote);
        Assert.Contains("Valid until 12/26/2026", quote);
        Assert.DoesNotContain("Balance due", quote);
        Assert.DoesNotContain("Paid", quote);
        Assert.Contains("CREDIT MEMO", memo);
        Assert.Contains("Remaining credit $1,000.00", memo);
    }

    [Fact]
    public void AccentedNamesArePrintedAsTheyAre()
    {
        var invoice = SampleInvoices.Invoice() with { Customer = new PrintableParty("Zoë Šťastná-Ørsted", ["Łódź Street 5"]) };

        var text = Assert.Single(Pages(InvoicePdfRenderer.Render(invoice)));

        Assert.Contains("Zoë Šťastná-Ørsted", text);
        Assert.Contains("Łódź Street 5", text);
    }

    [Fact]
    public void TheDocumentIsAPdfTitledWithKindAndNumber()
    {
        var bytes = InvoicePdfRenderer.Render(SampleInvoices.Invoice());

        using var document = PdfDocument.Open(bytes);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(("Invoice 5311", "Front Range Alarm Co."), (document.Information.Title, document.Information.Author));
    }

    [Fact]
    public void MissingFontsAreReportedWithThePackageThatProvidesThem()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DejaVuFontResolver.Verify("/nonexistent/fonts"));

        Assert.Contains("/nonexistent/fonts/DejaVuSans.ttf", error.Message);
        Assert.Contains("fonts-dejavu-core", error.Message);
    }

    [Fact]
    public void AnUnknownCultureIsRefused()
    {
        Assert.Throws<ArgumentException>(() => InvoicePdfRenderer.Render(SampleInvoices.Invoice() with { CurrencyCulture = "xx-Nowhere" }));
    }

    /// <summary>The words of each page in reading order, joined by single spaces.</summary>
    private static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => string.Join(" ", page.GetWords().Select((Word w) => w.Text)))];
    }

    private static IEnumerable<int> Occurrences(string text, string token)
    {
        for (var at = text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(token, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
