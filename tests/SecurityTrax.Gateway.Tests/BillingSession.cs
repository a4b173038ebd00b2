using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>
/// Billing tests each get a company of their own (its catalogue and tax rates are company-wide), signed in as its admin,
/// with a catalogue: panel $199 and door contact $39 (equipment, taxable), labour $85 (not taxable), Colorado at 8.375%.
/// </summary>
public abstract class BillingSession(GatewayFixture fixture) : IAsyncLifetime
{
    public const string Password = "billing-admin-password";

    protected GatewayFixture Fixture { get; } = fixture;

    protected string Tenant { get; private set; } = "";

    protected HttpClient Admin { get; private set; } = null!;

    protected int PanelItem { get; private set; }

    protected int ContactItem { get; private set; }

    protected int LabourItem { get; private set; }

    protected int PanelPiece { get; private set; }

    protected int ContactPiece { get; private set; }

    protected int StarterPackage { get; private set; }

    public async Task InitializeAsync()
    {
        Tenant = await Fixture.CreateTenantAsync(Password);
        Admin = await Fixture.SignInAsync(Tenant, "admin", Password);
        (PanelItem, ContactItem, LabourItem, PanelPiece, ContactPiece, StarterPackage) = await StockAsync(Admin);
    }

    /// <summary>Stocks a new company's catalogue as described above; the same calls give every new company the same ids.</summary>
    public static async Task<(int Panel, int Contact, int Labour, int PanelPiece, int ContactPiece, int Package)> StockAsync(HttpClient admin)
    {
        var panel = await IdAsync(admin, "/api/v1/catalog/items", new { name = "Alarm panel", unitPrice = 199.00m, taxable = true, kind = "equipment" });
        var contact = await IdAsync(admin, "/api/v1/catalog/items", new { name = "Door contact", unitPrice = 39.00m, taxable = true, kind = "equipment" });
        var labour = await IdAsync(admin, "/api/v1/catalog/items", new { name = "Labour", description = "Installation (hours)", unitPrice = 85.00m, kind = "labour" });
        var panelPiece = await IdAsync(admin, "/api/v1/catalog/equipment", new { make = "Qolsys", model = "IQ Panel 4", billableItemId = panel });
        var contactPiece = await IdAsync(admin, "/api/v1/catalog/equipment", new { make = "Honeywell", model = "5816", billableItemId = contact });
        var package = await IdAsync(admin, "/api/v1/catalog/packages", new
        {
            name = "Starter kit",
            pieces = new[] { new { equipmentItemId = panelPiece, quantity = 1 }, new { equipmentItemId = contactPiece, quantity = 3 } },
        });
        (await admin.PostAsJsonAsync("/api/v1/catalog/tax-rates", new { state = "CO", rate = 8.375m })).EnsureSuccessStatusCode();
        return (panel, contact, labour, panelPiece, contactPiece, package);
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A lead (or customer) in Denver with a $99.00 activation fee and $39.95 monitoring.</summary>
    protected async Task<long> CustomerAsync(string stage = "customer")
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/customers", new
        {
            stage,
            firstName = "Ann",
            lastName = "Lee",
            serviceAddress = new { line1 = "12 Elm St", city = "Denver", state = "CO", zip = "80202" },
            activationFee = 99.00m,
            monthlyMonitoringRate = 39.95m,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    protected async Task<(long Id, JsonElement Body, string ETag)> InvoiceAsync(long customer, object body, HttpClient? client = null)
    {
        var response = await (client ?? Admin).PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", body);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("id").GetInt64(), json, response.Headers.ETag!.Tag);
    }

    /// <summary>A signed-in client of this company with one of the built-in roles.</summary>
    protected async Task<HttpClient> UserAsync(string role)
    {
        var name = GatewayFixture.NewName(role.ToLowerInvariant());
        await Fixture.CreateUserAsync(Admin, name, role);
        return await Fixture.SignInAsync(Tenant, name, "a-good-password");
    }

    /// <summary>A signed-in client of this company whose role holds exactly <paramref name="grants"/>.</summary>
    protected async Task<HttpClient> RoleUserAsync(params string[] grants)
    {
        var role = GatewayFixture.NewName("grants");
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants })).EnsureSuccessStatusCode();
        var name = GatewayFixture.NewName("u");
        await Fixture.CreateUserAsync(Admin, name, role);
        return await Fixture.SignInAsync(Tenant, name, "a-good-password");
    }

    private static async Task<int> IdAsync(HttpClient admin, string path, object body)
    {
        var response = await admin.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
