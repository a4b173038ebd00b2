using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The company's agency directory: kept by hand or from CSV, and looked up from a customer's service address.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AgencyDirectoryTests(GatewayFixture fixture) : BillingSession(fixture)
{
    private const string Header = "kind,name,phone,line1,line2,city,state,zip,zips,cities";

    [Fact]
    public async Task AnAgencyIsAddedChangedUnderIfMatchAndRemovedAndBadFieldsAreNamed()
    {
        var bad = await Admin.PostAsJsonAsync("/api/v1/agencies", new
        {
            kind = "emergency", name = "", phones = new[] { new { kind = "work", number = "12" } }, zips = new[] { "8020" }, cities = new[] { "Denver" },
        });
        var created = await Admin.PostAsJsonAsync("/api/v1/agencies", Agency("police", "Denver Police District 6", zips: ["80202", "80203"]));
        var agency = await created.Content.ReadFromJsonAsync<JsonElement>();
        var path = $"/api/v1/agencies/{agency.GetProperty("id").GetInt32()}";
        var etag = created.Headers.ETag!.Tag;
        var changed = await SendAsync(Admin, HttpMethod.Put, path, etag, Agency("police", "Denver Police District 6", zips: ["80204"]));
        var stale = await SendAsync(Admin, HttpMethod.Put, path, etag, Agency("police", "Stale", zips: ["80205"]));
        var read = await Admin.GetFromJsonAsync<JsonElement>(path);
        var removed = await SendAsync(Admin, HttpMethod.Delete, path, changed.Headers.ETag!.Tag);

        Assert.Equal(["cities[0]", "kind", "name", "phones[0].number", "zips[0]"], Fields(await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("police", "+13035550110"), (S(agency, "kind"), S(agency.GetProperty("phones")[0], "number")));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        Assert.Equal(["80204"], read.GetProperty("zips").EnumerateArray().Select(z => z.GetString()));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/agencies")).GetArrayLength());
    }

    [Fact]
    public async Task ACsvWithABadRowImportsNothingAndNamesEachBadRowByLine()
    {
        var bad = $"""
            {Header}
            police,Denver Police,303-555-0110,,,,,,80202;80203,
            fire,Station 4,303-555-0120,,,,,,8020X,"Denver, CO"
            ambulance,Air Care,303-555-0130,,,,,,80202,
            """;
        var good = $"""
            {Header}
            police,Denver Police,303-555-0110,1331 Cherokee St,,Denver,CO,80204,80202;80203,
            fire,Station 4,303-555-0120,,,,,,,"Denver, CO;Glendale, CO"
            medical,Air Care,303-555-0130,,,,,,80202,
            """;

        var refused = await Admin.PostAsJsonAsync("/api/v1/agencies/import", new { csv = bad });
        var afterRefusal = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/agencies");
        var noHeader = await Admin.PostAsJsonAsync("/api/v1/agencies/import", new { csv = "name,phone\nX,303-555-0110" });
        var imported = await Admin.PostAsJsonAsync("/api/v1/agencies/import", new { csv = good });
        var list = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/agencies");

        Assert.Equal(["lines[3].zips[0]", "lines[4].kind"], Fields(await Problems.AssertAsync(refused, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(0, afterRefusal.GetArrayLength());
        Assert.Equal(["csv"], Fields(await Problems.AssertAsync(noHeader, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(
            [("police", "Denver Police", "80202 80203", ""), ("fire", "Station 4", "", "Denver, CO|Glendale, CO"), ("medical", "Air Care", "80202", "")],
            list.EnumerateArray().Select(a => (S(a, "kind"), S(a, "name"), string.Join(' ', a.GetProperty("zips").EnumerateArray().Select(z => z.GetString())),
                string.Join('|', a.GetProperty("cities").EnumerateArray().Select(c => c.GetString())))));
        Assert.Equal("1331 Cherokee St", S(list[0].GetProperty("address"), "line1"));
    }

    [Fact]
    public async Task SuggestionsMatchTheServiceZipFirstThenItsCityAndOneIsAddedAsAContactOfItsKind()
    {
        var customer = await CustomerAsync(); // service address 12 Elm St, Denver, CO 80202
        var byZip = await IdAsync(Agency("police", "District 6", zips: ["80202"]));
        var both = await IdAsync(Agency("police", "Metro Patrol", zips: ["80202"], cities: ["Denver, CO"]));
        var byCity = await IdAsync(Agency("fire", "Station 4", cities: ["denver, co"]));
        await IdAsync(Agency("medical", "Boulder Medical", zips: ["80301"], cities: ["Boulder, CO"]));

        var suggestions = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/agency-suggestions");
        var added = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/contacts/from-agency", new { agencyId = byCity });
        var unknown = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/contacts/from-agency", new { agencyId = 9999 });
        var contacts = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/contacts");

        Assert.Equal(
            [(byZip, "zip"), (both, "zip"), (byCity, "city")],
            suggestions.EnumerateArray().Select(s => (s.GetProperty("agency").GetProperty("id").GetInt32(), S(s, "matchedBy"))));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var contact = Assert.Single(contacts.EnumerateArray());
        Assert.Equal(("fire", "Station 4", "Station 4", "+13035550110"),
            (S(contact, "type"), S(contact, "name"), S(contact, "agencyName"), S(contact.GetProperty("phones")[0], "number")));
        Assert.Equal(["agencyId"], Fields(await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, Validation)));
    }

    [Fact]
    public async Task TheDirectoryIsReadWithContactsViewAndKeptWithSettingsModify()
    {
        using var tech = await UserAsync("Technician");
        var id = await IdAsync(Agency("police", "District 6", zips: ["80202"]));

        var read = await tech.GetAsync("/api/v1/agencies");
        var add = await tech.PostAsJsonAsync("/api/v1/agencies", Agency("fire", "Station 9", zips: ["80202"]));
        var import = await tech.PostAsJsonAsync("/api/v1/agencies/import", new { csv = $"{Header}\nfire,Station 9,303-555-0110,,,,,,80202," });
        var delete = await SendAsync(tech, HttpMethod.Delete, $"/api/v1/agencies/{id}", "\"1\"");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (add.StatusCode, import.StatusCode, delete.StatusCode));
        Assert.Equal(1, (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/agencies")).GetArrayLength());
    }

    private static object Agency(string kind, string name, string[]? zips = null, string[]? cities = null) =>
        new { kind, name, phones = new[] { new { kind = "work", number = "303-555-0110" } }, zips = zips ?? [], cities = cities ?? [] };

    private async Task<int> IdAsync(object agency)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/agencies", agency);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
