using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class MessagesApiTests(GatewayFixture fixture) : AdminSession(fixture)
{
    private const string ValidationType = "urn:securitytrax:problem:validation";

    [Fact]
    public async Task ATemplateIsPreviewedWithTheCustomersData()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("Maya", "Ortiz", "maya@example.com"));
        var template = await CreateTemplateAsync(new
        {
            name = GatewayFixture.NewName("Welcome "), channel = "email", subject = "Welcome, {{ customer.first_name }}",
            htmlBody = "<p>Hello {{ customer.name }}, your monitoring is {{ customer.monthly_rate }} a month.</p>", isDynamic = true,
        });

        var preview = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/message-templates/{template.GetProperty("id").GetInt32()}/preview?customerId={id}");

        Assert.Equal("Welcome, Maya", preview.GetProperty("subject").GetString());
        Assert.Equal("<p>Hello Maya Ortiz, your monitoring is $39.95 a month.</p>", preview.GetProperty("html").GetString());
        Assert.Equal("Hello Maya Ortiz, your monitoring is $39.95 a month.", preview.GetProperty("text").GetString());
    }

    [Fact]
    public async Task TemplatesWithUnknownFieldsOrTheWrongShapeAreRefused()
    {
        var unknown = await Admin.PostAsJsonAsync("/api/v1/message-templates", new
        {
            name = GatewayFixture.NewName("Bad "), channel = "email", subject = "Hi", htmlBody = "{{ customer.ssn }}", isDynamic = true,
        });
        var smsWithSubject = await Admin.PostAsJsonAsync("/api/v1/message-templates", new
        {
            name = GatewayFixture.NewName("Sms "), channel = "sms", subject = "No", textBody = "Hi",
        });

        var errors = await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, ValidationType);
        Assert.Contains("customer.ssn", errors.GetProperty("htmlBody")[0].GetString(), StringComparison.Ordinal);
        errors = await Problems.AssertAsync(smsWithSubject, HttpStatusCode.BadRequest, ValidationType);
        Assert.Equal("An SMS has only a text body.", errors.GetProperty("subject")[0].GetString());
        var names = (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/message-templates")).EnumerateArray().Select(t => t.GetProperty("name").GetString());
        Assert.DoesNotContain(names, n => n!.StartsWith("Bad ", StringComparison.Ordinal) || n.StartsWith("Sms ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SystemTemplatesExistAndCannotBeDeleted()
    {
        var templates = (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/message-templates")).EnumerateArray().ToList();
        var receipt = templates.Single(t => t.GetProperty("systemKind").GetString() == "payment_receipt");

        var response = await Admin.GetAsync($"/api/v1/message-templates/{receipt.GetProperty("id").GetInt32()}");
        var delete = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/message-templates/{receipt.GetProperty("id").GetInt32()}", response.Headers.ETag!.Tag);

        Assert.Equal(
            ["dunning_notice", "dunning_notice_sms", "invoice_email", "payment_attempt_result", "payment_receipt", "recurring_invoice_generated"],
            templates.Select(t => t.GetProperty("systemKind").GetString()).OfType<string>().Order(StringComparer.Ordinal));
        await Problems.AssertAsync(delete, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
    }

    [Fact]
    public async Task ATemplateEmailReachesTheMailServerAndTheMessagesTab()
    {
        var email = $"{GatewayFixture.NewName("owner")}@example.com";
        var (id, _, _) = await CreateAsync(Admin, Person("Lena", "Fox", email));
        var template = await CreateTemplateAsync(new
        {
            name = GatewayFixture.NewName("Reminder "), channel = "email", subject = "Your system, {{ customer.first_name }}",
            htmlBody = "<p>Test your alarm, {{ customer.first_name }}.</p>", isDynamic = true,
        });

        var sent = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { templateId = template.GetProperty("id").GetInt32() });

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var message = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sent", message.GetProperty("status").GetString());
        Assert.Equal("smtp", message.GetProperty("provider").GetString());
        var mail = Assert.Single(Fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Equal("Your system, Lena", mail.Subject);
        Assert.Equal("<p>Test your alarm, Lena.</p>", mail.HtmlBody);
        Assert.Equal("office@acme-alarm.test", mail.From.Mailboxes.Single().Address);
        var tab = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/messages");
        var row = Assert.Single(tab.GetProperty("items").EnumerateArray());
        Assert.Equal(message.GetProperty("id").GetInt64(), row.GetProperty("id").GetInt64());
        Assert.Equal(template.GetProperty("name").GetString(), row.GetProperty("templateName").GetString());
        Assert.Equal(("sent", email, "admin"), (row.GetProperty("status").GetString(), row.GetProperty("to").GetString(), row.GetProperty("sentByName").GetString()));
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/history?action=sent");
        Assert.Equal($"to {email}: Your system, Lena", Assert.Single(history.GetProperty("items").EnumerateArray()).GetProperty("newValue").GetString());
    }

    [Fact]
    public async Task TheMessagesTabPagesNewestFirst()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("Page", "Turner", "pages@example.com"));
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { channel = "email", subject = $"Note {i}", textBody = "Hello" });
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        }

        var first = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/messages?limit=3");
        var second = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/messages?limit=3&cursor={first.GetProperty("nextCursor").GetString()}");

        var listed = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(m => m.GetProperty("id").GetInt64());
        Assert.Equal(Enumerable.Reverse(ids), listed);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task ARefusedRecipientFailsWithTheServersReasonAndCanBeResent()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("Bo", "Unce", "bo@example.com"));

        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new
        {
            channel = "email", subject = "Hello", textBody = "Hi", to = $"nobody@{LocalSmtpServer.RejectedDomain}",
        });
        var failed = await response.Content.ReadFromJsonAsync<JsonElement>();
        var resent = await Admin.PostAsync($"/api/v1/messages/{failed.GetProperty("id").GetInt64()}/resend", null);

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.StartsWith("The mail server refused the message: 5", failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, resent.StatusCode);
        var again = await resent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(failed.GetProperty("id").GetInt64(), again.GetProperty("id").GetInt64());
        Assert.Equal("failed", again.GetProperty("status").GetString());
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/history?action=failed");
        Assert.Equal(2, history.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task BadSendsChangeNothing()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("No", "Mail"));

        var noEmail = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { channel = "email", subject = "Hi", textBody = "x" });
        var nothing = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { subject = "Hi" });
        var unknownTemplate = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { templateId = 99999 });
        var badPhone = await Admin.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { channel = "sms", textBody = "x", to = "555-1234" });

        Assert.Equal("The record has no email address.", (await Problems.AssertAsync(noEmail, HttpStatusCode.BadRequest, ValidationType)).GetProperty("to")[0].GetString());
        await Problems.AssertAsync(nothing, HttpStatusCode.BadRequest, ValidationType);
        Assert.Equal(["templateId"], (await Problems.AssertAsync(unknownTemplate, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).EnumerateObject().Select(e => e.Name));
        Assert.Contains("+15551234567", (await Problems.AssertAsync(badPhone, HttpStatusCode.BadRequest, ValidationType)).GetProperty("to")[0].GetString(), StringComparison.Ordinal);
        var tab = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/messages");
        Assert.Equal(0, tab.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task SendingAndManagingTemplatesNeedTheirGrants()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("Grant", "Check", "grant@example.com"));
        var techName = GatewayFixture.NewName("tech");
        await Fixture.CreateUserAsync(Admin, techName, "Technician");
        using var tech = await Fixture.SignInAsync(GatewayFixture.Tenant, techName, "a-good-password");
        var clerkName = GatewayFixture.NewName("clerk");
        await Fixture.CreateUserAsync(Admin, clerkName, "Office");
        using var clerk = await Fixture.SignInAsync(GatewayFixture.Tenant, clerkName, "a-good-password");

        var techSend = await tech.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { channel = "email", subject = "Hi", textBody = "x" });
        var clerkTemplate = await clerk.PostAsJsonAsync("/api/v1/message-templates", new { name = "x", channel = "sms", textBody = "x" });
        var clerkSend = await clerk.PostAsJsonAsync($"/api/v1/customers/{id}/messages", new { channel = "email", subject = "Hi", textBody = "x" });

        await Problems.AssertAsync(techSend, HttpStatusCode.Forbidden, null);
        await Problems.AssertAsync(clerkTemplate, HttpStatusCode.Forbidden, null);
        Assert.Equal(HttpStatusCode.Created, clerkSend.StatusCode);
    }

    private async Task<JsonElement> CreateTemplateAsync(object body)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/message-templates", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
