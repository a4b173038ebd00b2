using SecurityTrax.Customers;
using SecurityTrax.Equipment;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.Persistence.Tests.Invoices;

/// <summary>"Add invoiced equipment": which lines become equipment, leads wait, and nothing is brought over twice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class EquipmentConversionTests(PostgresFixture fixture)
{
    [Fact]
    public async Task EquipmentLinesOfInvoicesBecomeEquipmentButFeesMonitoringLabourQuotesAndVoidsDoNot()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        await s.InvoiceAsync(5001, customer, InvoiceType.Invoice,
            new InvoiceLineInput(s.Panel.Id, 1, null, null, null), new InvoiceLineInput(s.Contact.Id, 4, "Door contacts", null, null),
            new InvoiceLineInput(s.Labour.Id, 2, null, null, null));
        await s.Invoice(5001).AddActivationFeeAsync();
        await s.Invoice(5001).AddMonitoringAsync();
        await s.InvoiceAsync(5002, customer, InvoiceType.Quote, new InvoiceLineInput(s.Panel.Id, 1, null, null, null));
        var voided = await s.InvoiceAsync(5003, customer, InvoiceType.Invoice, new InvoiceLineInput(s.Panel.Id, 1, null, null, null));
        await s.Invoice(5003).VoidAsync(voided.Version);

        var added = await s.Conversion.ConvertAsync(customer);

        Assert.Equal(
            [(s.PanelPiece.Id, s.Panel.Id, "Touchscreen alarm panel", 1), (s.ContactPiece.Id, s.Contact.Id, "Door contacts", 4)],
            added.Select(r => (r.EquipmentItemId!.Value, r.BillableItemId, r.Description, r.Quantity)));
        Assert.All(added, r => Assert.Equal((5001L, 5001L, false), (r.InvoiceId!.Value, r.FromInvoiceId!.Value, r.Paid)));
        Assert.Equal(2, (await s.Equipment(customer).ListAsync()).Length);
    }

    [Fact]
    public async Task RunningItAgainBringsOverOnlyLinesAddedSince()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        await s.InvoiceAsync(5001, customer, InvoiceType.Invoice, new InvoiceLineInput(s.Panel.Id, 1, null, null, null));

        var first = await s.Conversion.ConvertAsync(customer);
        var second = await s.Conversion.ConvertAsync(customer);
        await s.Invoice(5001).AddLineAsync(new InvoiceLineInput(s.Contact.Id, 2, null, null, null));
        var third = await s.Conversion.ConvertAsync(customer);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal((s.Contact.Id, 2), (Assert.Single(third).BillableItemId, third[0].Quantity));
        Assert.Equal(2, (await s.Equipment(customer).ListAsync()).Length);
    }

    [Fact]
    public async Task LinesTheCustomerTookBeforeACrashAreNotBroughtOverTwice()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var invoice = await s.InvoiceAsync(5001, customer, InvoiceType.Invoice,
            new InvoiceLineInput(s.Panel.Id, 1, null, null, null), new InvoiceLineInput(s.Contact.Id, 3, null, null, null));

        // The customer added the first line's row, then the invoice went down before recording it.
        var line = invoice.Lines[0];
        await s.Equipment(customer).AddInvoicedAsync(5001, [new InvoicedEquipment(line.Id, line.ItemId, line.Description, 1)]);
        var added = await s.Conversion.ConvertAsync(customer);

        Assert.Equal(s.Contact.Id, Assert.Single(added).BillableItemId);
        Assert.Equal([s.Panel.Id, s.Contact.Id], (await s.Equipment(customer).ListAsync()).Select(r => r.BillableItemId));
    }

    [Fact]
    public async Task ALeadsInvoicedEquipmentWaitsUntilTheLeadIsACustomer()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var lead = await s.CustomerAsync(1001, CustomerStage.Lead);
        await s.InvoiceAsync(5001, lead, InvoiceType.Invoice, new InvoiceLineInput(s.Panel.Id, 1, null, null, null));

        var refused = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Conversion.ConvertAsync(lead));
        var details = await s.Customer(lead).GetAsync(false);
        await s.Customer(lead).ConvertToCustomerAsync(details.Version, false);
        var added = await s.Conversion.ConvertAsync(lead);

        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Equal(s.Panel.Id, Assert.Single(added).BillableItemId);
    }

    [Fact]
    public async Task BroughtOverEquipmentIsNeverBilledAgainByTheEquipmentButton()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        await s.InvoiceAsync(5001, customer, InvoiceType.Invoice, new InvoiceLineInput(s.Panel.Id, 1, null, null, null));
        await s.Conversion.ConvertAsync(customer);
        await s.InvoiceAsync(5002, customer);

        var pressed = await s.Invoice(5002).AddUnpaidEquipmentAsync();

        Assert.Empty(pressed.AddedLineIds);
        var row = Assert.Single(await s.Equipment(customer).ListAsync());
        await s.Equipment(customer).RemoveAsync(row.Id, row.Version);
        Assert.Empty(await s.Conversion.ConvertAsync(customer));
    }
}
