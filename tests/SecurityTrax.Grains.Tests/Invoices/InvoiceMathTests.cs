using CsCheck;
using SecurityTrax.Invoices;

namespace SecurityTrax.Grains.Tests.Invoices;

/// <summary>The money rules of DESIGN §5, as properties over generated invoices and as worked examples.</summary>
public sealed class InvoiceMathTests
{
    // Quantities with two decimals, prices in cents up to 1,000,000.00, rates with three decimals up to 100%.
    private static readonly Gen<(decimal Quantity, decimal Price, decimal Rate)> Line = Gen.Select(
        Gen.Int[1, 10_000_000].Select(q => q / 100m),
        Gen.Long[0, 100_000_000].Select(p => p / 100m),
        Gen.Int[0, 100_000].Select(r => r / 1000m));

    private static readonly Gen<(decimal Quantity, decimal Price, decimal Rate)[]> Lines = Line.Array[0, 30];

    private static readonly Gen<decimal> Applied = Gen.Long[0, 10_000_000_000].Select(c => c / 100m);

    [Fact]
    public void TotalsAreTheSumsOfTheRoundedLines()
    {
        Lines.Sample(lines =>
        {
            var rounded = lines.Select(l => InvoiceMath.LineAmount(l.Quantity, l.Price)).ToArray();
            var taxes = lines.Select((l, i) => InvoiceMath.LineTax(rounded[i], l.Rate)).ToArray();

            var totals = InvoiceMath.Totals(InvoiceType.Invoice, false, rounded.Zip(taxes), 0m);

            Assert.Equal(rounded.Sum(), totals.SubTotal);
            Assert.Equal(taxes.Sum(), totals.TaxTotal);
            Assert.Equal(totals.SubTotal + totals.TaxTotal, totals.GrandTotal);
            Assert.All(rounded.Concat(taxes), m => Assert.Equal(decimal.Round(m, 2), m));
        });
    }

    [Fact]
    public void EachLineIsWithinHalfACentOfItsExactValue()
    {
        Line.Sample(l =>
        {
            var amount = InvoiceMath.LineAmount(l.Quantity, l.Price);
            var tax = InvoiceMath.LineTax(amount, l.Rate);

            Assert.InRange(Math.Abs(amount - l.Quantity * l.Price), 0m, 0.005m);
            Assert.InRange(Math.Abs(tax - amount * l.Rate / 100m), 0m, 0.005m);
        });
    }

    [Fact]
    public void DueIsGrandTotalLessAppliedAndNeverNegative()
    {
        Gen.Select(Lines, Applied).Sample((lines, applied) =>
        {
            var totals = InvoiceMath.Totals(InvoiceType.Invoice, false, Rounded(lines), applied);

            Assert.True(totals.Due >= 0);
            Assert.Equal(Math.Max(0m, totals.GrandTotal - applied), totals.Due);
        });
    }

    [Fact]
    public void AQuoteIsNeverDueWhateverItsLines()
    {
        Gen.Select(Lines, Applied).Sample((lines, applied) =>
        {
            var quote = InvoiceMath.Totals(InvoiceType.Quote, false, Rounded(lines), applied);
            var invoice = InvoiceMath.Totals(InvoiceType.Invoice, false, Rounded(lines), applied);

            Assert.Equal(0m, quote.Due);
            Assert.Equal(0m, quote.CreditLeft);
            Assert.Equal(invoice.GrandTotal, quote.GrandTotal);
        });
    }

    [Fact]
    public void ACreditMemoIsTheNegativeOfTheSameLinesAndIsNeverDue()
    {
        Gen.Select(Lines, Applied).Sample((lines, applied) =>
        {
            var invoice = InvoiceMath.Totals(InvoiceType.Invoice, false, Rounded(lines), 0m);
            var memo = InvoiceMath.Totals(InvoiceType.CreditMemo, false, Rounded(lines), applied);

            Assert.Equal(-invoice.SubTotal, memo.SubTotal);
            Assert.Equal(-invoice.TaxTotal, memo.TaxTotal);
            Assert.Equal(-invoice.GrandTotal, memo.GrandTotal);
            Assert.True(memo.GrandTotal <= 0);
            Assert.Equal(0m, memo.Due);
            Assert.Equal(Math.Max(0m, invoice.GrandTotal - applied), memo.CreditLeft);
        });
    }

    [Fact]
    public void AVoidDocumentIsNeverDue()
    {
        Gen.Select(Lines, Gen.Enum<InvoiceType>()).Sample((lines, type) =>
        {
            var totals = InvoiceMath.Totals(type, true, Rounded(lines), 0m);

            Assert.Equal((0m, 0m), (totals.Due, totals.CreditLeft));
        });
    }

    [Theory]
    [InlineData("0.5", "0.05", "0.03")]
    [InlineData("3", "33.33", "99.99")]
    [InlineData("1.5", "0.01", "0.02")]
    public void LineAmountsRoundHalfAwayFromZero(string quantity, string price, string amount)
    {
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), InvoiceMath.LineAmount(D(quantity), D(price)));
    }

    [Theory]
    [InlineData("10.00", "8.375", "0.84")]
    [InlineData("1.00", "0.5", "0.01")]
    [InlineData("129.00", "7.65", "9.87")]
    [InlineData("0.00", "8.375", "0.00")]
    public void LineTaxRoundsHalfAwayFromZero(string amount, string rate, string tax)
    {
        Assert.Equal(D(tax), InvoiceMath.LineTax(D(amount), D(rate)));
    }

    [Fact]
    public void TaxIsRoundedPerLineNotOnTheTotal()
    {
        // Three lines of 0.10 at 5%: 0.005 each rounds to 0.01, so the tax is 0.03 (not 0.015 rounded to 0.02).
        var totals = InvoiceMath.Totals(InvoiceType.Invoice, false, Enumerable.Repeat((0.10m, InvoiceMath.LineTax(0.10m, 5m)), 3), 0m);

        Assert.Equal((0.30m, 0.03m, 0.33m), (totals.SubTotal, totals.TaxTotal, totals.GrandTotal));
    }

    [Fact]
    public void StatusFollowsTypeVoidConversionAndApplications()
    {
        var unpaid = InvoiceMath.Totals(InvoiceType.Invoice, false, [(100m, 0m)], 40m);
        var paid = InvoiceMath.Totals(InvoiceType.Invoice, false, [(100m, 0m)], 100m);
        var usedUp = InvoiceMath.Totals(InvoiceType.CreditMemo, false, [(50m, 0m)], 50m);

        Assert.Equal(InvoiceStatus.Open, InvoiceMath.StatusOf(InvoiceType.Invoice, false, false, unpaid));
        Assert.Equal(InvoiceStatus.Paid, InvoiceMath.StatusOf(InvoiceType.Invoice, false, false, paid));
        Assert.Equal(InvoiceStatus.Void, InvoiceMath.StatusOf(InvoiceType.Invoice, true, false, paid));
        Assert.Equal(InvoiceStatus.Converted, InvoiceMath.StatusOf(InvoiceType.Quote, false, true, unpaid));
        Assert.Equal(InvoiceStatus.Paid, InvoiceMath.StatusOf(InvoiceType.CreditMemo, false, false, usedUp));
    }

    [Theory]
    [InlineData(PaymentTerm.DueOnReceipt, "2026-01-31", "2026-01-31")]
    [InlineData(PaymentTerm.Net30, "2026-01-31", "2026-03-02")]
    [InlineData(PaymentTerm.Net15, "2026-12-20", "2027-01-04")]
    [InlineData(PaymentTerm.Net60, "2028-01-01", "2028-03-01")]
    public void TermsCountDaysFromTheSaleDate(PaymentTerm term, string sale, string due)
    {
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            PaymentTerms.DueDate(InvoiceType.Invoice, term, DateOnly.Parse(sale, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void QuotesAndCreditMemosHaveNoDueDate()
    {
        Assert.Null(PaymentTerms.DueDate(InvoiceType.Quote, PaymentTerm.Net30, new DateOnly(2026, 5, 1)));
        Assert.Null(PaymentTerms.DueDate(InvoiceType.CreditMemo, PaymentTerm.Net30, new DateOnly(2026, 5, 1)));
        Assert.Equal(["Due on receipt", "Net 7", "Net 90"], new[] { PaymentTerm.DueOnReceipt, PaymentTerm.Net7, PaymentTerm.Net90 }.Select(PaymentTerms.Text));
    }

    [Fact]
    public void AnOpenInvoiceIsOverdueFromTheDayAfterItsDueDate()
    {
        var due = new DateOnly(2026, 3, 1);

        Assert.False(InvoiceMath.IsOverdue(InvoiceType.Invoice, InvoiceStatus.Open, due, 10m, due));
        Assert.True(InvoiceMath.IsOverdue(InvoiceType.Invoice, InvoiceStatus.Open, due, 10m, due.AddDays(1)));
        Assert.False(InvoiceMath.IsOverdue(InvoiceType.Invoice, InvoiceStatus.Open, due, 0m, due.AddDays(1)));
        Assert.False(InvoiceMath.IsOverdue(InvoiceType.Invoice, InvoiceStatus.Void, due, 10m, due.AddDays(1)));
    }

    private static IEnumerable<(decimal Amount, decimal Tax)> Rounded((decimal Quantity, decimal Price, decimal Rate)[] lines) =>
        lines.Select(l =>
        {
            var amount = InvoiceMath.LineAmount(l.Quantity, l.Price);
            return (amount, InvoiceMath.LineTax(amount, l.Rate));
        });

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
