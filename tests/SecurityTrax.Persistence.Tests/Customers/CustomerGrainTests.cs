using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Customers;

[Collection(PostgresCollection.Name)]
public sealed class CustomerGrainTests(PostgresFixture fixture)
{
    private static readonly Address Home = new("12 Elm St", null, "Denver", "co", "80202");

    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];

    private static CustomerProfile Person(string first = "Ann", string last = "Lee", string? email = "ann@example.com") =>
        new(first, last, null, Home, null, [new Phone("mobile", "(303) 555-0142")], email, null, null, 99.00m, false, 39.95m, false);

    [Fact]
    public async Task CreateNormalisesTheProfileAndRecordsEveryInitialValue()
    {
        var grain = Customer(1001);

        var created = await grain.CreateAsync(CustomerStage.Lead, Person(), null, false);

        Assert.Equal("Ann Lee", created.DisplayName);
        Assert.Equal("CO", created.Profile.ServiceAddress!.State);
        Assert.Equal(new Phone("mobile", "+13035550142"), Assert.Single(created.Profile.Phones));
        var row = Assert.Single(await HistoryAsync(1001));
        Assert.Equal(("created", "fields", null), (row.Action, row.Field, row.Old));
        var fields = CreatedFieldsOf(row.New);
        Assert.Equal(
            ["stage", "firstName", "lastName", "serviceAddress", "phones", "email", "activationFee", "activationFeePaid", "monthlyMonitoringRate",
                "monthlyMonitoringRatePaid", "taxExempt"],
            fields.Order);
        Assert.Equal(("lead", "Ann", "mobile +13035550142", "39.95"),
            (fields.Values["stage"], fields.Values["firstName"], fields.Values["phones"], fields.Values["monthlyMonitoringRate"]));
    }

    [Fact]
    public async Task UpdateWritesOneHistoryRowPerChangedFieldWithRealOldAndNewValues()
    {
        var grain = Customer(1002);
        var created = await grain.CreateAsync(CustomerStage.Customer, Person(), null, false);
        var before = (await HistoryAsync(1002)).Count;

        var changed = Person(first: "Anne", email: "anne@example.com") with { MonthlyMonitoringRate = 44.95m, MonthlyMonitoringRatePaid = true };
        await grain.UpdateProfileAsync(changed, created.Version, false);

        var rows = (await HistoryAsync(1002)).Skip(before).ToList();
        Assert.Equal(
            [
                ("updated", "firstName", "Ann", "Anne"),
                ("updated", "email", "ann@example.com", "anne@example.com"),
                ("updated", "monthlyMonitoringRate", "39.95", "44.95"),
                ("updated", "monthlyMonitoringRatePaid", "false", "true"),
            ],
            rows.OrderBy(r => Order(r.Field)));
    }

    [Fact]
    public async Task StaleVersionAndInvalidInputChangeNothing()
    {
        var grain = Customer(1003);
        var created = await grain.CreateAsync(CustomerStage.Lead, Person(), null, false);
        await grain.UpdateProfileAsync(Person(first: "Bo"), created.Version, false);
        var before = await grain.GetAsync(false);

        var stale = await Assert.ThrowsAsync<SecurityTraxException>(() => grain.UpdateProfileAsync(Person(first: "Cy"), created.Version, false));
        var invalid = await Assert.ThrowsAsync<SecurityTraxException>(() => grain.UpdateProfileAsync(
            Person(email: "not-an-email") with { ServiceAddress = Home with { State = "XX", Zip = "8020" }, ActivationFee = 10.001m },
            before.Version, false));

        Assert.Equal(ErrorKind.VersionMismatch, stale.Kind);
        Assert.Equal(["activationFee", "email", "serviceAddress.state", "serviceAddress.zip"], invalid.Fields.Select(f => f.Field).Order());
        Assert.Equal(before, await grain.GetAsync(false));
    }

    [Fact]
    public async Task ConfidentialFieldsAreEncryptedAtRestMaskedByDefaultAndMaskedInHistory()
    {
        var grain = Customer(1004);
        await grain.CreateAsync(CustomerStage.Lead, Person(), new ConfidentialInfo("123-45-6789", "1985-04-12"), false);

        var masked = await grain.GetAsync(false);
        var clear = await grain.GetAsync(true);

        Assert.Equal(("***-**-6789", "****-04-12"), (masked.Ssn, masked.DateOfBirth));
        Assert.Equal(("123-45-6789", "1985-04-12"), (clear.Ssn, clear.DateOfBirth));
        var row = await fixture.Database.ScalarAsync<string>(
            "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE grainidextensionstring = @k AND graintypestring = 'customer'",
            ("k", GrainKeys.For(_tenant, "1004")));
        Assert.DoesNotContain("123-45-6789", row);
        Assert.DoesNotContain("123456789", row);
        Assert.DoesNotContain("1985", row);
        var fields = CreatedFieldsOf(Assert.Single(await HistoryAsync(1004)).New);
        Assert.Equal(("***-**-6789", "****-04-12"), (fields.Values["ssn"], fields.Values["dateOfBirth"]));
    }

    [Fact]
    public async Task InvalidConfidentialValuesAreRefused()
    {
        var error = await Assert.ThrowsAsync<SecurityTraxException>(() => Customer(1005).CreateAsync(
            CustomerStage.Lead, Person(), new ConfidentialInfo("000-12-3456", "2999-01-01"), false));

        Assert.Equal(["dateOfBirth", "ssn"], error.Fields.Select(f => f.Field).Order());
        await Assert.ThrowsAsync<SecurityTraxException>(() => Customer(1005).GetAsync(false));
    }

    [Fact]
    public async Task ConversionIsOneWayAndRecorded()
    {
        var grain = Customer(1006);
        var lead = await grain.CreateAsync(CustomerStage.Lead, Person(), null, false);

        var customer = await grain.ConvertToCustomerAsync(lead.Version, false);
        var again = await Assert.ThrowsAsync<SecurityTraxException>(() => grain.ConvertToCustomerAsync(customer.Version, false));

        Assert.Equal(CustomerStage.Customer, customer.Stage);
        Assert.NotNull(customer.ConvertedAt);
        Assert.Equal(ErrorKind.Conflict, again.Kind);
        Assert.Contains(("converted", "stage", "lead", "customer"), await HistoryAsync(1006));
    }

    [Fact]
    public async Task TagsAreTrimmedCaseInsensitivelyUniqueAndRemovable()
    {
        var grain = Customer(1007);
        await grain.CreateAsync(CustomerStage.Lead, Person(), null, false);

        await grain.AddTagAsync("  VIP   Client ", false);
        var twice = await grain.AddTagAsync("vip client", false);
        var tooLong = await Assert.ThrowsAsync<SecurityTraxException>(() => grain.AddTagAsync(new string('x', 41), false));
        var unknown = await Assert.ThrowsAsync<SecurityTraxException>(() => grain.RemoveTagAsync("gold", false));
        var removed = await grain.RemoveTagAsync("VIP CLIENT", false);

        Assert.Equal(["VIP Client"], twice.Tags);
        Assert.Equal("tag", Assert.Single(tooLong.Fields).Field);
        Assert.Equal(ErrorKind.NotFound, unknown.Kind);
        Assert.Empty(removed.Tags);
        var history = await HistoryAsync(1007);
        Assert.Contains(("tag_added", "tags", null, "VIP Client"), history);
        Assert.Contains(("tag_removed", "tags", "VIP Client", null), history);
    }

    [Fact]
    public async Task ContactsKeepAPriorityOrderThatCanBeChanged()
    {
        var grain = Customer(1008);
        await grain.CreateAsync(CustomerStage.Customer, Person(), null, false);
        var mom = await grain.AddContactAsync(new ContactInput(ContactType.Emergency, "Mom", "mother", [new Phone("home", "303-555-0100")], null, null, null));
        var police = await grain.AddContactAsync(new ContactInput(ContactType.Police, "Dispatch", null, [new Phone("work", "303-555-0911")], null, "Denver PD", "PRM-1"));

        var reordered = await grain.ReorderContactsAsync([police.Id, mom.Id]);
        var wrongSet = await Assert.ThrowsAsync<SecurityTraxException>(() => grain.ReorderContactsAsync([police.Id]));

        Assert.Equal([(police.Id, 1), (mom.Id, 2)], reordered.Select(c => (c.Id, c.Priority)));
        Assert.Equal("contactIds", Assert.Single(wrongSet.Fields).Field);
        Assert.Contains(("reordered", "priority", $"{mom.Id},{police.Id}", $"{police.Id},{mom.Id}"), await HistoryAsync(1008));
    }

    [Fact]
    public async Task AgencyContactsNeedTheAgencyAndEveryContactAPhone()
    {
        var grain = Customer(1009);
        await grain.CreateAsync(CustomerStage.Customer, Person(), null, false);

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => grain.AddContactAsync(new ContactInput(ContactType.Fire, "Station 3", null, [], null, null, null)));

        Assert.Equal(["agencyName", "phones"], error.Fields.Select(f => f.Field).Order());
        Assert.Empty((await grain.GetAsync(false)).Contacts);
    }

    [Fact]
    public async Task ContactEditsAndDeletesUseTheContactsOwnVersionAndAreRecorded()
    {
        var grain = Customer(1010);
        await grain.CreateAsync(CustomerStage.Customer, Person(), null, false);
        var added = await grain.AddContactAsync(new ContactInput(ContactType.Emergency, "Sam", "son", [new Phone("mobile", "303-555-0111")], null, null, null));

        var edited = await grain.UpdateContactAsync(added.Id, added.Contact with { Note = "Has a key" }, added.Version);
        var stale = await Assert.ThrowsAsync<SecurityTraxException>(() => grain.RemoveContactAsync(added.Id, added.Version));
        await grain.RemoveContactAsync(added.Id, edited.Version);

        Assert.Equal(ErrorKind.VersionMismatch, stale.Kind);
        Assert.Empty((await grain.GetAsync(false)).Contacts);
        var history = await HistoryAsync(1010);
        Assert.Contains(("updated", "note", null, "Has a key"), history);
        Assert.Contains(("deleted", "name", "Sam", null), history);
    }

    [Fact]
    public async Task ConcurrentChangesToOneCustomerAreAllKept()
    {
        var grain = Customer(1013);
        await grain.CreateAsync(CustomerStage.Customer, Person(), null, false);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => grain.AddTagAsync($"tag {i}", false)));
        await Task.WhenAll(Enumerable.Range(1, 10).Select(i => grain.AddContactAsync(
            new ContactInput(ContactType.Emergency, $"Contact {i}", null, [new Phone("home", $"303-555-01{i:00}")], null, null, null))));

        var after = await grain.GetAsync(false);
        Assert.Equal(20, after.Tags.Length);
        Assert.Equal(10, after.Contacts.Length);
        Assert.Equal(1 + 20 + 10, after.Version);
        Assert.Equal(20, (await HistoryAsync(1013)).Count(r => r.Action == "tag_added"));
    }

    [Fact]
    public async Task SalesRepMustBeAUserOfTheCompany()
    {
        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => Customer(1011).CreateAsync(CustomerStage.Lead, Person() with { SalesRepUserId = "999" }, null, false));

        Assert.Equal("salesRepUserId", Assert.Single(error.Fields).Field);
    }

    [Fact]
    public async Task ProfileTagsContactsAndHistorySurviveASiloRestart()
    {
        var serviceId = PostgresFixture.NewId("svc");
        var silo = await TestSilo.StartAsync(fixture.Database, serviceId, PostgresFixture.NewId("cluster"));
        CallerContext.Set(Caller.System(_tenant));
        var grain = silo.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(_tenant, "1012"));
        await grain.CreateAsync(CustomerStage.Customer, Person(), new ConfidentialInfo("123-45-6789", null), false);
        await grain.AddTagAsync("Gold", false);
        await grain.AddContactAsync(new ContactInput(ContactType.Medical, "Dr. Ray", null, [new Phone("work", "303-555-0199")], null, "City Clinic", null));
        var before = await grain.GetAsync(true);
        await silo.DisposeAsync();

        await using var restarted = await TestSilo.StartAsync(fixture.Database, serviceId, PostgresFixture.NewId("cluster"));
        CallerContext.Set(Caller.System(_tenant));
        var after = await restarted.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(_tenant, "1012")).GetAsync(true);

        Assert.Equivalent(before, after, strict: true);
        // The creation is one row now; each act's rows are there after the restart.
        var history = await HistoryAsync(1012);
        Assert.Single(history, h => h.Action == "created" && h.Field == "fields");
        Assert.Single(history, h => h.Action == "tag_added");
        Assert.Contains(history, h => h.Field == "agencyName" && h.New == "City Clinic");
    }

    private ICustomerGrain Customer(long number)
    {
        CallerContext.Set(Caller.System(_tenant));
        return fixture.Silo.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(_tenant, number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<List<(string Action, string? Field, string? Old, string? New)>> HistoryAsync(long number)
    {
        var rows = await fixture.Database.RowsAsync(
            $"SELECT action, coalesce(field, '∅'), coalesce(old_value, '∅'), coalesce(new_value, '∅') FROM history " +
            $"WHERE tenant_id = '{_tenant}' AND subject_id = '{number}' ORDER BY occurred_at, field");
        return [.. rows.Select(r => r.Split(" | ")).Select(p => (p[0], N(p[1]), N(p[2]), N(p[3])))];
    }

    private static string? N(string value) => value == "∅" ? null : value;

    // The creation's one row carries the fields it set as a JSON object, in the record's order.
    private static (string[] Order, Dictionary<string, string> Values) CreatedFieldsOf(string? json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json!);
        var fields = document.RootElement.EnumerateObject().Select(p => (p.Name, Value: p.Value.GetString()!)).ToArray();
        return ([.. fields.Select(f => f.Name)], fields.ToDictionary(f => f.Name, f => f.Value));
    }

    private static int Order(string? field) => field switch
    {
        "firstName" => 0,
        "email" => 1,
        "monthlyMonitoringRate" => 2,
        _ => 3,
    };
}
