using SecurityTrax.Catalog;
using SecurityTrax.Errors;

namespace SecurityTrax.Persistence.Tests.Invoices;

[Collection(PostgresCollection.Name)]
public sealed class CatalogGrainTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ACatalogueStartsWithTheItemsTheButtonsBill()
    {
        var s = new BillingScenario(fixture.Silo.Grains);

        var catalog = await s.Catalog.GetAsync();

        Assert.Equal([(1, "Activation fee", BillableItemKind.ActivationFee), (2, "Monthly monitoring", BillableItemKind.Monitoring)],
            catalog.Items.Select(i => (i.Id, i.Name, i.Kind)));
    }

    [Fact]
    public async Task EntriesAreCheckedAgainstTheRestOfTheCatalogue()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);

        var item = await Assert.ThrowsAsync<SecurityTraxException>(
            () => s.Catalog.AddItemAsync(new BillableItemInput(" alarm PANEL ", null, 10.001m, true, (BillableItemKind)9)));
        var piece = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Catalog.AddEquipmentAsync(new EquipmentItemInput("", "5816", s.Labour.Id)));
        var package = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Catalog.AddPackageAsync(
            new EquipmentPackageInput("Kit", [new PackagePiece(s.ContactPiece.Id, 0), new PackagePiece(99, 1), new PackagePiece(s.ContactPiece.Id, 2)])));
        var rate = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Catalog.AddTaxRateAsync("XX", 8.3751m));
        var twice = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Catalog.AddTaxRateAsync("co", 4m));

        Assert.Equal(["kind", "name", "unitPrice"], item.Fields.Select(f => f.Field).Order(StringComparer.Ordinal));
        Assert.Equal(["billableItemId", "make"], piece.Fields.Select(f => f.Field).Order(StringComparer.Ordinal));
        Assert.Equal(["pieces", "pieces[0].quantity", "pieces[1].equipmentItemId"], package.Fields.Select(f => f.Field).Order(StringComparer.Ordinal));
        Assert.Equal(["rate", "state"], rate.Fields.Select(f => f.Field).Order(StringComparer.Ordinal));
        Assert.Equal(ErrorKind.Conflict, twice.Kind);
    }

    [Fact]
    public async Task RetiringKeepsTheEntryButOnlyOnceNothingActiveNeedsIt()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);

        var itemInUse = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Catalog.RetireItemAsync(s.Contact.Id, s.Contact.Version));
        var pieceInUse = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Catalog.RetireEquipmentAsync(s.ContactPiece.Id, s.ContactPiece.Version));
        await s.Catalog.RetirePackageAsync(s.Starter.Id, s.Starter.Version);
        await s.Catalog.RetireEquipmentAsync(s.ContactPiece.Id, s.ContactPiece.Version);
        await s.Catalog.RetireItemAsync(s.Contact.Id, s.Contact.Version);
        var again = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Catalog.RetireItemAsync(s.Contact.Id, s.Contact.Version + 1));

        Assert.Equal((ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.NotFound), (itemInUse.Kind, pieceInUse.Kind, again.Kind));
        var catalog = await s.Catalog.GetAsync();
        Assert.True(catalog.Item(s.Contact.Id)!.Retired);
        Assert.True(catalog.Piece(s.ContactPiece.Id)!.Retired);
    }

    [Fact]
    public async Task EditsNeedTheEntrysVersionAndATaxRateKeepsThreeDecimals()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var rate = (await s.Catalog.GetAsync()).TaxRates.Single();

        var changed = await s.Catalog.UpdateTaxRateAsync("CO", 2.9m, rate.Version);
        var stale = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Catalog.UpdateTaxRateAsync("CO", 3m, rate.Version));
        var item = await s.Catalog.UpdateItemAsync(s.Labour.Id, new BillableItemInput("Installation labour", null, 95.00m, false, BillableItemKind.Labour), s.Labour.Version);

        Assert.Equal(new StateTaxRate("CO", 2.9m, 2), changed);
        Assert.Equal(ErrorKind.VersionMismatch, stale.Kind);
        Assert.Equal((95.00m, (string?)null, 2), (item.UnitPrice, item.Description, item.Version));
    }
}
