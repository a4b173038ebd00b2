using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CustomersApiTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task CreateGetAndUpdateACustomer()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/customers", Person("Ann", "Lee", "ann@example.com"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/customers/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("lead", created.GetProperty("stage").GetString());
        Assert.Equal("+13035550142", created.GetProperty("phones")[0].GetProperty("number").GetString());

        var update = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/customers/{id}", response.Headers.ETag!.Tag,
            new { businessName = "Lee Dental", email = "office@leedental.com", activationFee = 0, monthlyMonitoringRate = 59.5 });

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var read = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}");
        Assert.Equal("Lee Dental", read.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("firstName").ValueKind);
        Assert.Equal(59.5m, read.GetProperty("monthlyMonitoringRate").GetDecimal());
    }

    [Fact]
    public async Task StaleOrMissingIfMatchChangesNothing()
    {
        var (id, _, etag) = await CreateAsync(Admin, Person("Bo", "Ray"));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Admin, HttpMethod.Put, $"/api/v1/customers/{id}", etag, Person("Bob", "Ray"))).StatusCode);

        var stale = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/customers/{id}", etag, Person("Robert", "Ray"));
        var missing = await Admin.PutAsJsonAsync($"/api/v1/customers/{id}", Person("Rob", "Ray"));

        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        await Problems.AssertAsync(missing, HttpStatusCode.PreconditionRequired, "urn:securitytrax:problem:precondition-required");
        Assert.Equal("Bob", (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}")).GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task BadInputNamesEachFieldAndCreatesNothing()
    {
        var marker = GatewayFixture.NewName("bad");
        var response = await Admin.PostAsJsonAsync("/api/v1/customers", new
        {
            firstName = marker,
            lastName = new string('x', 61),
            email = "nope@",
            serviceAddress = new { line1 = "1 Main", city = "Boulder", state = "ZZ", zip = "80" },
            phones = new[] { new { kind = "pager", number = "12" } },
            activationFee = 10.005m,
        });

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(
            ["activationFee", "email", "lastName", "phones[0].kind", "phones[0].number", "serviceAddress.state", "serviceAddress.zip"],
            errors.EnumerateObject().Select(p => p.Name).Order());
        var search = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers?q={marker}");
        Assert.Empty(search.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task UnknownStageAndUnknownMembersAreRefused()
    {
        var stage = await Admin.PostAsJsonAsync("/api/v1/customers", new { stage = "prospect", firstName = "A", lastName = "B" });
        var member = await Admin.PostAsJsonAsync("/api/v1/customers", new { firstName = "A", lastName = "B", creditScore = 800 });

        var stageErrors = await Problems.AssertAsync(stage, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        var memberErrors = await Problems.AssertAsync(member, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(stageErrors.TryGetProperty("stage", out _));
        Assert.True(memberErrors.TryGetProperty("creditScore", out _));
    }

    [Fact]
    public async Task ConvertingALeadIsOneWay()
    {
        var (id, _, etag) = await CreateAsync(Admin, Person("Cy", "Lo"));

        var converted = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/customers/{id}/convert", etag);
        var again = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/customers/{id}/convert", converted.Headers.ETag!.Tag);

        Assert.Equal("customer", (await converted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString());
        await Problems.AssertAsync(again, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
    }

    [Fact]
    public async Task ConfidentialFieldsAreMaskedWithoutTheGrant()
    {
        var (id, created, _) = await CreateAsync(Admin, new { firstName = "Di", lastName = "Fox", ssn = "123-45-6789", dateOfBirth = "1985-04-12" });
        var officeName = GatewayFixture.NewName("office");
        await Fixture.CreateUserAsync(Admin, officeName, "Office");
        using var office = await Fixture.SignInAsync(GatewayFixture.Tenant, officeName, "a-good-password");

        var seenByOffice = await office.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}");
        var officeEdit = await SendAsync(office, HttpMethod.Put, $"/api/v1/customers/{id}/confidential", await ETagAsync(office, $"/api/v1/customers/{id}"), new { ssn = "" });

        Assert.Equal("123-45-6789", created.GetProperty("ssn").GetString());
        Assert.Equal("***-**-6789", seenByOffice.GetProperty("ssn").GetString());
        Assert.Equal("****-04-12", seenByOffice.GetProperty("dateOfBirth").GetString());
        Assert.False(seenByOffice.GetProperty("confidentialRevealed").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, officeEdit.StatusCode);
        var history = await office.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/history?entity=customer&limit=200");
        var createdRow = history.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("action").GetString() == "created");
        using var fields = JsonDocument.Parse(createdRow.GetProperty("newValue").GetString()!);
        Assert.Equal("***-**-6789", fields.RootElement.GetProperty("ssn").GetString());
    }

    [Fact]
    public async Task PermissionsFollowTheRole()
    {
        var techName = GatewayFixture.NewName("tech");
        await Fixture.CreateUserAsync(Admin, techName, "Technician");
        using var tech = await Fixture.SignInAsync(GatewayFixture.Tenant, techName, "a-good-password");
        var (id, _, etag) = await CreateAsync(Admin, Person("Ed", "Ng"));

        Assert.Equal(HttpStatusCode.OK, (await tech.GetAsync($"/api/v1/customers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tech.PostAsJsonAsync("/api/v1/customers", Person("X", "Y"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(tech, HttpMethod.Put, $"/api/v1/customers/{id}", etag, Person("Z", "Y"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(tech, HttpMethod.Delete, $"/api/v1/customers/{id}", etag)).StatusCode);
    }

    [Fact]
    public async Task AnotherCompanysCustomerAnswers404Everywhere()
    {
        var (id, _, etag) = await CreateAsync(Admin, Person("Fay", "Ox"));
        var other = await Fixture.CreateTenantAsync("other-admin-password");
        using var otherAdmin = await Fixture.SignInAsync(other, "admin", "other-admin-password");

        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/api/v1/customers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/api/v1/customers/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(otherAdmin, HttpMethod.Put, $"/api/v1/customers/{id}", etag, Person("Evil", "Ox"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(otherAdmin, HttpMethod.Post, $"/api/v1/customers/{id}/tags", "\"1\"", new { tag = "x" })).StatusCode);
        Assert.Equal("Fay", (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}")).GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task DeletedCustomerIsGoneFromReadsAndSearch()
    {
        var marker = GatewayFixture.NewName("gone");
        var (id, _, etag) = await CreateAsync(Admin, Person("Gil", marker));

        var delete = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/customers/{id}", etag);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/customers/{id}")).StatusCode);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers?q={marker}")).GetProperty("items").EnumerateArray());
    }
}
