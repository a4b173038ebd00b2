using SecurityTrax.Errors;
using SecurityTrax.Scheduling;
using SecurityTrax.Tickets;

namespace SecurityTrax.Grains.Tests.Catalog;

/// <summary>The answers of the two type catalogues, pinned exactly: they share their rules but not their shape.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TypeCatalogGrainTests(ClusterFixture fixture)
{
    private IAppointmentTypeCatalogGrain Appointments(string tenant) =>
        fixture.Grains.GetGrain<IAppointmentTypeCatalogGrain>(GrainKeys.For(tenant, IAppointmentTypeCatalogGrain.Id));

    private INoteTypeCatalogGrain Notes(string tenant) =>
        fixture.Grains.GetGrain<INoteTypeCatalogGrain>(GrainKeys.For(tenant, INoteTypeCatalogGrain.Id));

    [Fact]
    public async Task AppointmentTypesAreKeptInLowerCaseAfterTheBuiltInOnes()
    {
        var grain = Appointments(ClusterFixture.NewTenant());

        var added = await grain.AddAsync("  Alarm   Check ");
        var again = await grain.AddAsync("ALARM CHECK");
        var builtIn = await grain.AddAsync("Install");

        string[] expected = ["install", "service", "removal", "alarm check"];
        Assert.Equal(expected, added);
        Assert.Equal(expected, again);
        Assert.Equal(expected, builtIn);
        Assert.Equal(expected, await grain.ListAsync());
        Assert.Equal("alarm check", await grain.ResolveAsync(" Alarm Check "));
        Assert.Equal("service", await grain.ResolveAsync("SERVICE"));
        Assert.Null(await grain.ResolveAsync("alarm  check"));
    }

    [Fact]
    public async Task NoteTypesKeepTheirCaseAndStoreTheDefaultsWithTheFirstOneAdded()
    {
        var grain = Notes(ClusterFixture.NewTenant());

        var before = await grain.ListAsync();
        var known = await grain.AddAsync("billing");
        var added = await grain.AddAsync("  Site   Visit ");
        var again = await grain.AddAsync("SITE VISIT");

        Assert.Equal(["General", "Billing", "Service", "Sales"], before);
        Assert.Equal(["General", "Billing", "Service", "Sales"], known);
        string[] expected = ["General", "Billing", "Service", "Sales", "Site Visit"];
        Assert.Equal(expected, added);
        Assert.Equal(expected, again);
        Assert.Equal(expected, await grain.ListAsync());
        Assert.Equal("Site Visit", await grain.ResolveAsync("site visit "));
        Assert.Null(await grain.ResolveAsync("Gossip"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\tb")]
    [InlineData("12345678901234567890123456789012345678901")]
    public async Task BadNamesAreRefusedNamingTheFieldAndChangeNothing(string name)
    {
        var tenant = ClusterFixture.NewTenant();

        var appointment = await Assert.ThrowsAsync<SecurityTraxException>(() => Appointments(tenant).AddAsync(name));
        var note = await Assert.ThrowsAsync<SecurityTraxException>(() => Notes(tenant).AddAsync(name));

        Assert.Equal(("name", "An appointment type has 1–40 printable characters."), Only(appointment));
        Assert.Equal(("name", "A note type has 1–40 printable characters."), Only(note));
        Assert.Equal(["install", "service", "removal"], await Appointments(tenant).ListAsync());
        Assert.Equal(["General", "Billing", "Service", "Sales"], await Notes(tenant).ListAsync());
    }

    [Fact]
    public async Task ACardNumberIsNotAName()
    {
        var tenant = ClusterFixture.NewTenant();

        var appointment = await Assert.ThrowsAsync<SecurityTraxException>(() => Appointments(tenant).AddAsync("4242 4242 4242 4242"));
        var note = await Assert.ThrowsAsync<SecurityTraxException>(() => Notes(tenant).AddAsync("4242 4242 4242 4242"));

        Assert.Equal("name", Only(appointment).Field);
        Assert.Equal("name", Only(note).Field);
        Assert.Equal(["install", "service", "removal"], await Appointments(tenant).ListAsync());
        Assert.Equal(["General", "Billing", "Service", "Sales"], await Notes(tenant).ListAsync());
    }

    [Fact]
    public async Task EachListHoldsFiftyTypesCountingTheBuiltInOrDefaultOnes()
    {
        var tenant = ClusterFixture.NewTenant();
        var appointments = Appointments(tenant);
        var notes = Notes(tenant);
        for (var i = 1; i <= 47; i++)
        {
            await appointments.AddAsync($"kind {i}");
        }

        for (var i = 1; i <= 46; i++)
        {
            await notes.AddAsync($"Kind {i}");
        }

        var appointment = await Assert.ThrowsAsync<SecurityTraxException>(() => appointments.AddAsync("one more"));
        var note = await Assert.ThrowsAsync<SecurityTraxException>(() => notes.AddAsync("One more"));

        Assert.Equal(("name", "At most 50 appointment types."), Only(appointment));
        Assert.Equal(("name", "At most 50 note types."), Only(note));
        Assert.Equal(50, (await appointments.ListAsync()).Length);
        Assert.Equal(50, (await notes.ListAsync()).Length);
        Assert.Equal(50, (await appointments.AddAsync("KIND 47")).Length);
        Assert.Equal(50, (await notes.AddAsync("kind 46")).Length);
    }

    private static (string Field, string Reason) Only(SecurityTraxException e)
    {
        Assert.Equal(ErrorKind.Validation, e.Kind);
        var error = Assert.Single(e.Fields);
        return (error.Field, error.Reason);
    }
}
