using SecurityTrax.Invoices.Printing;

namespace SecurityTrax.Grains.Tests.Invoices.Printing;

public sealed class InvoiceHtmlRendererTests
{
    private const string Attack = "<script>alert('x')</script>";
    private const string Encoded = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    [Fact]
    public void EveryValueIsHtmlEncoded()
    {
        var invoice = SampleInvoices.Invoice() with
        {
            Number = Attack,
            Company = SampleInvoices.Company with { Name = Attack },
            Customer = new PrintableParty(Attack, [Attack], Attack),
            Terms = Attack,
            PoNumber = Attack,
            Lines = [new PrintableInvoiceLine(1, Attack, 1m, 1m, 0)],
            Note = Attack,
        };

        var html = InvoiceHtmlRenderer.Render(invoice);

        Assert.DoesNotContain("<script", html);
        // Number and company name twice (title and heading), the customer's three lines, terms, PO, line and note.
        Assert.Equal(11, html.Split(Encoded).Length - 1);
    }

    [Fact]
    public void TheInvoiceShowsItsLinesAndTotalsAndPrintsCleanly()
    {
        var html = InvoiceHtmlRenderer.Render(SampleInvoices.Invoice());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-US\">", html);
        Assert.Contains("<title>Invoice 5311 · Front Range Alarm Co.</title>", html);
        Assert.Contains("@media print", html);
        Assert.Contains("thead { display: table-header-group; }", html);
        Assert.Contains(
            "<tr><td>4</td><td class=\"description\">Door/window contact sensor</td><td>$75.00</td><td>8.375%</td><td>$300.00</td></tr>",
            html);
        Assert.Contains("<dt>Due date</dt><dd>12/26/2026</dd>", html);
        Assert.Contains("<tr><td>Total</td><td>$1,234.56</td></tr>", html);
        Assert.Contains("<tr><td>Balance due</td><td>$1,000.00</td></tr>", html);
        Assert.Contains("<strong>Bill to</strong><div>Ada Lovelace</div><div>12 Analytical Way</div>", html);
    }

    [Fact]
    public void AQuoteHasNoBalanceDue()
    {
        var html = InvoiceHtmlRenderer.Render(SampleInvoices.Invoice() with { Kind = PrintableDocumentKind.Quote });

        Assert.Contains("<h1>Quote</h1>", html);
        Assert.Contains("<dt>Valid until</dt>", html);
        Assert.DoesNotContain("Balance due", html);
    }
}
