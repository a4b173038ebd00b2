using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.Persistence.Tests.Invoices;

[Collection(PostgresCollection.Name)]
public sealed class InvoiceGrainTests(PostgresFixture fixture)
{
    [Fact]
    public async Task LinesDefaultFromTheCatalogueAndTotalsAndDueDateFollow()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);

        var invoice = await s.InvoiceAsync(5001, customer, InvoiceType.Invoice,
            new InvoiceLineInput(s.Panel.Id, 1, null, null, null), new InvoiceLineInput(s.Contact.Id, 3, "Window contacts", 35.50m, null));

        Assert.Equal(
            [("Touchscreen alarm panel", 199.00m, 199.00m, 16.67m), ("Window contacts", 35.50m, 106.50m, 8.92m)],
            invoice.Lines.Select(l => (l.Description, l.UnitPrice, l.Amount, l.Tax)));
        Assert.Equal(new InvoiceTotals(305.50m, 25.59m, 331.09m, 0m, 331.09m, 0m), invoice.Totals);
        Assert.Equal((new DateOnly(2026, 12, 2), InvoiceStatus.Open, "Ann Lee"), (invoice.DueDate!.Value, invoice.Status, invoice.CustomerName));
        var history = await HistoryAsync(s, customer);
        Assert.Contains(("invoice", "created", "term", null, "Net 30"), history);
        Assert.Contains(("invoice", "line_added", "line 2", null, "3 × Window contacts @ 35.50 = 106.50, tax 8.375% = 8.92"), history);
        Assert.Contains(("invoice", "total_changed", "grandTotal", null, "331.09"), history);
    }

    [Fact]
    public async Task BadLinesAreAllReportedAndNothingIsCreated()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);

        var error = await Assert.ThrowsAsync<SecurityTraxException>(() => s.InvoiceAsync(5001, customer, InvoiceType.Invoice,
            new InvoiceLineInput(s.Panel.Id, -1, null, 10.005m, null),
            new InvoiceLineInput(999, 1, null, null, 8.3755m),
            new InvoiceLineInput(s.Contact.Id, 1.5m, null, null, null)));

        Assert.Equal(
            ["lines[0].quantity", "lines[0].unitPrice", "lines[1].itemId", "lines[1].taxRate", "lines[2].quantity"],
            error.Fields.Select(f => f.Field).Order(StringComparer.Ordinal));
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).GetAsync())).Kind);
        Assert.Empty(await s.Equipment(customer).InvoiceIdsAsync());
    }

    [Fact]
    public async Task EditingLinesRecomputesAndRemovedLinesAreGoneForGood()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var created = await s.InvoiceAsync(5001, customer, InvoiceType.Invoice,
            new InvoiceLineInput(s.Panel.Id, 1, null, null, null), new InvoiceLineInput(s.Labour.Id, 2, null, null, null));

        var edited = await s.Invoice(5001).UpdateLineAsync(1, new InvoiceLineInput(s.Panel.Id, 2, null, 150.00m, null), created.Version);
        var stale = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).RemoveLineAsync(2, created.Version));
        var removed = await s.Invoice(5001).RemoveLineAsync(2, edited.Version);
        var added = await s.Invoice(5001).AddLineAsync(new InvoiceLineInput(s.Labour.Id, 1, null, null, null));

        Assert.Equal((300.00m, 25.13m), (edited.Lines[0].Amount, edited.Lines[0].Tax));
        Assert.Equal(ErrorKind.VersionMismatch, stale.Kind);
        Assert.Equal([1], removed.Lines.Select(l => l.Id));
        Assert.Equal([1, 3], added.Lines.Select(l => l.Id));
        Assert.Equal(325.13m + 85.00m, added.Totals.GrandTotal);
    }

    [Fact]
    public async Task AQuoteIsNeverDueTakesNoCreditAndBecomesALinkedInvoiceOnce()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var quote = await s.InvoiceAsync(5001, customer, InvoiceType.Quote, new InvoiceLineInput(s.Panel.Id, 1, null, null, null));
        var memo = await s.InvoiceAsync(5002, customer, InvoiceType.CreditMemo, new InvoiceLineInput(s.Labour.Id, 1, null, null, null));

        var credit = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).ApplyCreditMemoAsync("op-1", memo.Id, 10m));
        var invoice = await s.Invoice(5001).ConvertQuoteAsync(5003, quote.Version);
        var converted = await s.Invoice(5001).GetAsync();
        var again = await s.Invoice(5001).ConvertQuoteAsync(5004, converted.Version);
        var frozen = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).AddLineAsync(new InvoiceLineInput(s.Panel.Id, 1, null, null, null)));

        Assert.Equal((0m, (DateOnly?)null, 215.67m), (quote.Totals.Due, quote.DueDate, quote.Totals.GrandTotal));
        Assert.Equal(ErrorKind.Conflict, credit.Kind);
        Assert.Equal((InvoiceType.Invoice, 5001L, 215.67m, 215.67m), (invoice.Type, invoice.QuoteId!.Value, invoice.Totals.GrandTotal, invoice.Totals.Due));
        Assert.Equal((InvoiceStatus.Converted, 5003L), (converted.Status, converted.InvoiceId!.Value));
        Assert.Equal(5003, again.Id);
        Assert.Equal(ErrorKind.Conflict, frozen.Kind);
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5004).GetAsync())).Kind);
    }

    [Fact]
    public async Task CreditMemosAreNegativeAndApplyOncePerOperation()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var invoice = await s.InvoiceAsync(5001, customer, InvoiceType.Invoice, new InvoiceLineInput(s.Labour.Id, 2, null, null, null));
        var memo = await s.InvoiceAsync(5002, customer, InvoiceType.CreditMemo, new InvoiceLineInput(s.Labour.Id, 1, "Goodwill credit", 100.00m, null));

        var applied = await s.Invoice(5001).ApplyCreditMemoAsync("op-1", 5002, 60.00m);
        var repeated = await s.Invoice(5001).ApplyCreditMemoAsync("op-1", 5002, 60.00m);
        var tooMuch = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).ApplyCreditMemoAsync("op-2", 5002, 50.00m));
        var rest = await s.Invoice(5001).ApplyCreditMemoAsync("op-3", 5002, 40.00m);
        var afterMemo = await s.Invoice(5002).GetAsync();

        Assert.Equal((-100.00m, 0m, 100.00m), (memo.Totals.GrandTotal, memo.Totals.Due, memo.Totals.CreditLeft));
        Assert.Equal((170.00m, 60.00m, 110.00m), (applied.Totals.GrandTotal, applied.Totals.Applied, applied.Totals.Due));
        Assert.Equal((applied.Version, applied.Totals), (repeated.Version, repeated.Totals));
        Assert.Equal("amount", Assert.Single(tooMuch.Fields).Field);
        Assert.Equal((100.00m, 70.00m, InvoiceStatus.Open), (rest.Totals.Applied, rest.Totals.Due, rest.Status));
        Assert.Equal((0m, InvoiceStatus.Paid), (afterMemo.Totals.CreditLeft, afterMemo.Status));
        Assert.Equal(["op-1", "op-3"], afterMemo.Applications.Select(a => a.Id));
        Assert.Equal(invoice.Id, afterMemo.Applications[0].OtherId);
    }

    [Fact]
    public async Task APaidInvoiceKeepsItsLinesAndOneWithCreditIsVoidedNotDeleted()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        await s.InvoiceAsync(5001, customer, InvoiceType.Invoice, new InvoiceLineInput(s.Labour.Id, 1, null, null, null));
        await s.InvoiceAsync(5002, customer, InvoiceType.CreditMemo, new InvoiceLineInput(s.Labour.Id, 1, null, null, null));
        var paid = await s.Invoice(5001).ApplyCreditMemoAsync("op-1", 5002, 85.00m);

        var edit = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).AddLineAsync(new InvoiceLineInput(s.Labour.Id, 1, null, null, null)));
        var delete = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).DeleteAsync(paid.Version));
        var header = await s.Invoice(5001).UpdateHeaderAsync(new InvoiceHeader(new DateOnly(2026, 11, 2), PaymentTerm.Net30, "PO-77", null), paid.Version);
        var voided = await s.Invoice(5001).VoidAsync(header.Version);
        var afterVoid = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).UpdateHeaderAsync(
            new InvoiceHeader(null, PaymentTerm.Net7, null, null), voided.Version));

        Assert.Equal(InvoiceStatus.Paid, paid.Status);
        Assert.Equal((ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.Conflict), (edit.Kind, delete.Kind, afterVoid.Kind));
        Assert.Equal("PO-77", header.PoNumber);
        // The void gives the credit back to the memo (issue 15 point 11).
        Assert.Equal((InvoiceStatus.Void, 0m, 0m), (voided.Status, voided.Totals.Due, voided.Totals.Applied));
        Assert.Equal(85.00m, (await s.Invoice(5002).GetAsync()).Totals.CreditLeft);
    }

    [Fact]
    public async Task DeletingAnInvoiceNothingWasAppliedToRemovesItFromReadsAndLists()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var invoice = await s.InvoiceAsync(5001, customer, InvoiceType.Invoice, new InvoiceLineInput(s.Labour.Id, 1, null, null, null));

        await s.Invoice(5001).DeleteAsync(invoice.Version);

        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).GetAsync())).Kind);
        Assert.Empty((await s.Queries.ListAsync(new InvoiceListQuery(null, null, null, null, customer, null, 50))).Items);
        Assert.Contains(("invoice", "deleted", null, null, null), await HistoryAsync(s, customer));
    }

    [Fact]
    public async Task TheListFiltersByStatusDatesAndCustomerWithTotalsOverEveryMatch()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var ann = await s.CustomerAsync(1001);
        var bob = await s.CustomerAsync(1002, change: p => p with { FirstName = "Bob" });
        var labour = new InvoiceLineInput(s.Labour.Id, 1, null, null, null);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await CreateAsync(s, 5001, ann, InvoiceType.Invoice, today.AddDays(-90), PaymentTerm.Net30, labour);
        await CreateAsync(s, 5002, ann, InvoiceType.Invoice, today.AddDays(-5), PaymentTerm.Net30, labour);
        await CreateAsync(s, 5003, bob, InvoiceType.Invoice, today.AddDays(-60), PaymentTerm.DueOnReceipt, labour);
        await CreateAsync(s, 5004, bob, InvoiceType.CreditMemo, today.AddDays(-55), PaymentTerm.DueOnReceipt, labour);
        await s.Invoice(5003).ApplyCreditMemoAsync("op-1", 5004, 85.00m);
        await CreateAsync(s, 5005, bob, InvoiceType.Quote, today.AddDays(-50), PaymentTerm.Net30, labour);

        var all = await s.Queries.ListAsync(new InvoiceListQuery(null, null, null, null, null, null, 2));
        var next = await s.Queries.ListAsync(new InvoiceListQuery(null, null, null, null, null, all.NextCursor, 2));
        var overdue = await s.Queries.ListAsync(new InvoiceListQuery(InvoiceListFilter.Overdue, null, null, null, null, null, 50));
        var paid = await s.Queries.ListAsync(new InvoiceListQuery(InvoiceListFilter.Paid, InvoiceType.Invoice, null, null, null, null, 50));
        var window = await s.Queries.ListAsync(new InvoiceListQuery(null, null, today.AddDays(-60), today.AddDays(-49), bob, null, 50));

        Assert.Equal([5002L, 5005L], all.Items.Select(i => i.Id));
        Assert.Equal([5004L, 5003L], next.Items.Select(i => i.Id));
        Assert.Equal(new InvoiceListTotals(5, 255.00m, 170.00m), all.Totals);
        Assert.Equal((5001L, true), (Assert.Single(overdue.Items).Id, overdue.Items[0].Overdue));
        Assert.False(all.Items[0].Overdue);
        Assert.Equal(5003L, Assert.Single(paid.Items).Id);
        Assert.Equal([5005L, 5004L, 5003L], window.Items.Select(i => i.Id));
        Assert.Equal((-85.00m, 0m), (window.Items[1].GrandTotal, window.Items[1].Due));
    }

    private static Task<InvoiceDetails> CreateAsync(
        BillingScenario s, long number, long customer, InvoiceType type, DateOnly saleDate, PaymentTerm term, InvoiceLineInput line)
    {
        s.Act();
        return s.Invoice(number).CreateAsync(customer, type, new InvoiceHeader(saleDate, term, null, null), [line]);
    }

    private async Task<List<(string Entity, string Action, string? Field, string? Old, string? New)>> HistoryAsync(BillingScenario s, long customer)
    {
        var rows = await fixture.Database.RowsAsync(
            "SELECT entity_type, action, coalesce(field, '∅'), coalesce(old_value, '∅'), coalesce(new_value, '∅') FROM history " +
            $"WHERE tenant_id = '{s.Tenant}' AND subject_id = '{customer}' ORDER BY occurred_at, id");
        return [.. rows.Select(r => r.Split(" | ")).Select(p => (p[0], p[1], N(p[2]), N(p[3]), N(p[4])))];
    }

    private static string? N(string value) => value == "∅" ? null : value;
}
