using SecurityTrax.Catalog;
using SecurityTrax.Customers;
using SecurityTrax.Equipment;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.Persistence.Tests.Invoices;

/// <summary>Add unpaid equipment, add activation fee, add monthly monitoring: each rule, pressing twice, and a crash between the two steps.</summary>
[Collection(PostgresCollection.Name)]
public sealed class InvoiceButtonTests(PostgresFixture fixture)
{
    [Fact]
    public async Task UnpaidEquipmentOnNoOtherInvoiceIsAddedOnceAndPressingAgainAddsNothing()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var first = await s.Equipment(customer).AddAsync(new EquipmentInput(s.PanelPiece.Id, 1, "Hall", 1, null, false));
        await s.InvoiceAsync(5001, customer);
        await s.Invoice(5001).AddUnpaidEquipmentAsync();
        var paid = await s.Equipment(customer).AddAsync(new EquipmentInput(s.ContactPiece.Id, 1, "Back door", 3, null, true));
        var unpaid = await s.Equipment(customer).AddAsync(new EquipmentInput(s.ContactPiece.Id, 2, "Front door", 2, null, false));
        await s.InvoiceAsync(5002, customer);

        var pressed = await s.Invoice(5002).AddUnpaidEquipmentAsync();
        var again = await s.Invoice(5002).AddUnpaidEquipmentAsync();

        var line = Assert.Single(pressed.Invoice.Lines);
        Assert.Equal([line.Id], pressed.AddedLineIds);
        Assert.Equal((unpaid.Id, "Honeywell 5816 (Front door)", 2m, 39.00m, 78.00m, 8.375m, 6.53m, LineSource.Equipment),
            (line.EquipmentRowId, line.Description, line.Quantity, line.UnitPrice, line.Amount, line.TaxRate, line.Tax, line.Source));
        Assert.Empty(again.AddedLineIds);
        Assert.Equal("All of the customer's unpaid equipment is on this invoice.", again.Reason);
        Assert.Equal(pressed.Invoice.Version, again.Invoice.Version);
        var rows = (await s.Equipment(customer).ListAsync()).ToDictionary(r => r.Id, r => r.InvoiceId);
        Assert.Equal(new Dictionary<int, long?> { [first.Id] = 5001, [paid.Id] = null, [unpaid.Id] = 5002 }, rows);
    }

    [Fact]
    public async Task RowsHandedToTheInvoiceBeforeACrashAreAddedOnTheNextPressExactlyOnce()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        await s.Equipment(customer).AddPackageAsync(s.Starter.Id, null);
        await s.InvoiceAsync(5001, customer);

        // Step one ran (the customer marked its rows as on invoice 5001), then the invoice went down before adding lines.
        var reserved = await s.Equipment(customer).ReserveUnpaidAsync(5001);
        var pressed = await s.Invoice(5001).AddUnpaidEquipmentAsync();
        var again = await s.Invoice(5001).AddUnpaidEquipmentAsync();

        Assert.Equal(2, reserved.Length);
        Assert.Equal(reserved.Select(r => (int?)r.Id).Order(), pressed.Invoice.Lines.Select(l => l.EquipmentRowId).Order());
        Assert.Equal(199.00m + 3 * 39.00m, pressed.Invoice.Totals.SubTotal);
        Assert.Empty(again.AddedLineIds);
    }

    [Fact]
    public async Task RemovingAnEquipmentLineOrDeletingTheInvoiceGivesTheEquipmentBack()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var row = await s.Equipment(customer).AddAsync(new EquipmentInput(s.PanelPiece.Id, 1, null, null, null, false));
        await s.InvoiceAsync(5001, customer);
        var added = await s.Invoice(5001).AddUnpaidEquipmentAsync();

        var removed = await s.Invoice(5001).RemoveLineAsync(added.AddedLineIds[0], added.Invoice.Version);
        var afterRemove = Assert.Single(await s.Equipment(customer).ListAsync());
        await s.InvoiceAsync(5002, customer);
        var second = await s.Invoice(5002).AddUnpaidEquipmentAsync();
        await s.Invoice(5002).DeleteAsync(second.Invoice.Version);
        var afterDelete = Assert.Single(await s.Equipment(customer).ListAsync());

        Assert.Empty(removed.Lines);
        Assert.Null(afterRemove.InvoiceId);
        Assert.Equal(row.Id, Assert.Single(second.Invoice.Lines).EquipmentRowId);
        Assert.Null(afterDelete.InvoiceId);
    }

    [Fact]
    public async Task EquipmentOnAnInvoiceCannotBeRemovedOrChangeWhatItBills()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        await s.Equipment(customer).AddAsync(new EquipmentInput(s.PanelPiece.Id, 1, null, null, null, false));
        await s.InvoiceAsync(5001, customer);
        await s.Invoice(5001).AddUnpaidEquipmentAsync();
        var row = Assert.Single(await s.Equipment(customer).ListAsync());

        var remove = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Equipment(customer).RemoveAsync(row.Id, row.Version));
        var quantity = await Assert.ThrowsAsync<SecurityTraxException>(
            () => s.Equipment(customer).UpdateAsync(row.Id, new EquipmentInput(row.EquipmentItemId, 2, null, null, null, false), row.Version));
        var zone = await s.Equipment(customer).UpdateAsync(row.Id, new EquipmentInput(row.EquipmentItemId, 1, "Kitchen", 4, null, false), row.Version);

        Assert.Equal((ErrorKind.Conflict, ErrorKind.Conflict), (remove.Kind, quantity.Kind));
        Assert.Equal(("Kitchen", 4, 5001L, row.Version + 1), (zone.Zone, zone.ZoneNumber, zone.InvoiceId!.Value, zone.Version));
    }

    [Fact]
    public async Task TheActivationFeeGoesOnOneInvoiceOnceAndNotWhenPaid()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var paidCustomer = await s.CustomerAsync(1002, change: p => p with { ActivationFeePaid = true });
        await s.InvoiceAsync(5001, customer);
        await s.InvoiceAsync(5002, customer);
        await s.InvoiceAsync(5003, paidCustomer);

        var pressed = await s.Invoice(5001).AddActivationFeeAsync();
        var again = await s.Invoice(5001).AddActivationFeeAsync();
        var other = await s.Invoice(5002).AddActivationFeeAsync();
        var paid = await s.Invoice(5003).AddActivationFeeAsync();

        var line = Assert.Single(pressed.Invoice.Lines);
        Assert.Equal(("Activation fee", 99.00m, 0m, LineSource.ActivationFee), (line.Description, line.Amount, line.Tax, line.Source));
        Assert.Equal((0, "The activation fee is on this invoice."), (again.AddedLineIds.Length, again.Reason));
        Assert.Equal((0, "The activation fee is on invoice 5001."), (other.AddedLineIds.Length, other.Reason));
        Assert.Equal((0, "The activation fee is paid."), (paid.AddedLineIds.Length, paid.Reason));
    }

    [Fact]
    public async Task AnActivationFeeClaimedBeforeACrashIsAddedOnceAndFreedWhenTheLineGoes()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        await s.InvoiceAsync(5001, customer);
        await s.InvoiceAsync(5002, customer);
        await s.Equipment(customer).ClaimActivationFeeAsync(5001);

        var pressed = await s.Invoice(5001).AddActivationFeeAsync();
        await s.Invoice(5001).RemoveLineAsync(pressed.AddedLineIds.Single(), pressed.Invoice.Version);
        var elsewhere = await s.Invoice(5002).AddActivationFeeAsync();

        Assert.Single(pressed.Invoice.Lines);
        Assert.Equal(99.00m, Assert.Single(elsewhere.Invoice.Lines).Amount);
    }

    [Fact]
    public async Task MonthlyMonitoringIsAddedOncePerInvoiceAndQuoteButNeverOnACreditMemo()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var noMonitoring = await s.CustomerAsync(1002, change: p => p with { MonthlyMonitoringRate = 0 });
        await s.InvoiceAsync(5001, customer);
        await s.InvoiceAsync(5002, customer);
        await s.InvoiceAsync(5003, customer, InvoiceType.Quote);
        await s.InvoiceAsync(5004, customer, InvoiceType.CreditMemo);
        await s.InvoiceAsync(5005, noMonitoring);

        var first = await s.Invoice(5001).AddMonitoringAsync();
        var again = await s.Invoice(5001).AddMonitoringAsync();
        var nextMonth = await s.Invoice(5002).AddMonitoringAsync();
        var quote = await s.Invoice(5003).AddMonitoringAsync();
        var memo = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5004).AddMonitoringAsync());
        var none = await s.Invoice(5005).AddMonitoringAsync();

        Assert.Equal(("Monthly monitoring", 39.95m, LineSource.Monitoring), (first.Invoice.Lines[0].Description, first.Invoice.Lines[0].Amount, first.Invoice.Lines[0].Source));
        Assert.Equal((0, "The monthly monitoring charge is on this invoice."), (again.AddedLineIds.Length, again.Reason));
        Assert.Single(nextMonth.AddedLineIds);
        Assert.Single(quote.AddedLineIds);
        Assert.Equal(ErrorKind.Conflict, memo.Kind);
        Assert.Equal((0, "The customer has no monthly monitoring rate."), (none.AddedLineIds.Length, none.Reason));
    }

    [Fact]
    public async Task EquipmentAndActivationFeeButtonsWorkOnInvoicesOnly()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        await s.Equipment(customer).AddAsync(new EquipmentInput(s.PanelPiece.Id, 1, null, null, null, false));
        await s.InvoiceAsync(5001, customer, InvoiceType.Quote);

        var equipment = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).AddUnpaidEquipmentAsync());
        var fee = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Invoice(5001).AddActivationFeeAsync());

        Assert.Equal((ErrorKind.Conflict, ErrorKind.Conflict), (equipment.Kind, fee.Kind));
        Assert.Null(Assert.Single(await s.Equipment(customer).ListAsync()).InvoiceId);
    }

    [Fact]
    public async Task LineTaxFollowsTheCustomersStateExemptionOrOverride()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var plain = await s.CustomerAsync(1001);
        var exempt = await s.CustomerAsync(1002, change: p => p with { TaxExempt = true });
        var overridden = await s.CustomerAsync(1003, change: p => p with { TaxRateOverride = 2.9m });
        var panel = new InvoiceLineInput(s.Panel.Id, 1, null, null, null);
        var labour = new InvoiceLineInput(s.Labour.Id, 1.5m, null, null, null);

        var a = await s.InvoiceAsync(5001, plain, InvoiceType.Invoice, panel, labour);
        var b = await s.InvoiceAsync(5002, exempt, InvoiceType.Invoice, panel, labour);
        var c = await s.InvoiceAsync(5003, overridden, InvoiceType.Invoice, panel, labour);

        Assert.Equal([(8.375m, 16.67m), (0m, 0m)], a.Lines.Select(l => (l.TaxRate, l.Tax)));
        Assert.Equal([(0m, 0m), (0m, 0m)], b.Lines.Select(l => (l.TaxRate, l.Tax)));
        Assert.Equal([(2.9m, 5.77m), (0m, 0m)], c.Lines.Select(l => (l.TaxRate, l.Tax)));
        Assert.Equal((326.50m, 16.67m, 343.17m), (a.Totals.SubTotal, a.Totals.TaxTotal, a.Totals.GrandTotal));
    }
}
