using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

/// <summary>
/// A bad member of a request body is named by its JSON path in that request, and an id in the body that names
/// nothing is a 400 on that member (404 is for the record in the path); nothing is stored either way.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class BodyFieldAnswerTests(GatewayFixture fixture) : AdminSession(fixture)
{
    private const long NoUser = 987_654_321;

    [Fact]
    public async Task AnUnknownAssigneeOfANewTicketIsNamedByItsPathInTheNote()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Ty", "Path"));

        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes",
            new { noteType = "General", body = "Panel beeps.", ticket = new { assigneeId = NoUser, priority = "high" } });

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["ticket.assigneeId"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/notes")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task AnUnknownAssigneeInTheTicketRequestIsNamedAssigneeId()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Ty", "Plain"));
        var created = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "Call back." });
        var note = await created.Content.ReadFromJsonAsync<JsonElement>();
        var path = $"/api/v1/notes/{note.GetProperty("id").GetInt64()}";

        var response = await SendAsync(Admin, HttpMethod.Put, $"{path}/ticket", created.Headers.ETag!.Tag, new { assigneeId = NoUser });

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["assigneeId"], errors.EnumerateObject().Select(e => e.Name));
        var after = await Admin.GetAsync(path);
        Assert.Equal(created.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
        Assert.False((await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isTicket").GetBoolean());
    }

    [Fact]
    public async Task AMessageWithAnUnknownTemplateIs400AndNothingIsSent()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Tem", "Plate", "tem@example.com"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{customer}/messages")
        {
            Content = JsonContent.Create(new { templateId = 987_654 }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));

        var response = await Admin.SendAsync(request);

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["templateId"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/messages")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task CreatingACustomerWritesOneCreatedRowCarryingTheFieldsItSet()
    {
        var (customer, _, _) = await CreateAsync(Admin, new { firstName = "Una", lastName = "Row", email = "una@example.com", ssn = "123-45-6789" });

        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?limit=200");

        var row = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Equal(("created", "customer", customer, "fields"),
            (row.GetProperty("action").GetString(), row.GetProperty("entity").GetString(), row.GetProperty("entityId").GetInt64(), row.GetProperty("field").GetString()));
        Assert.Equal(JsonValueKind.Null, row.GetProperty("oldValue").ValueKind);
        using var fields = JsonDocument.Parse(row.GetProperty("newValue").GetString()!);
        Assert.Equal(
            [("stage", "lead"), ("firstName", "Una"), ("lastName", "Row"), ("email", "una@example.com"), ("ssn", "***-**-6789")],
            fields.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())).Where(f => f.Name is "stage" or "firstName" or "lastName" or "email" or "ssn"));
    }
}
