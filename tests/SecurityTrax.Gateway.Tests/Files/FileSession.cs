using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Files;

/// <summary>A fresh company per test, signed in as its admin, with one customer to put files on.</summary>
public abstract class FileSession(GatewayFixture fixture) : IAsyncLifetime
{
    protected const string Password = "files-admin-password";

    protected GatewayFixture Fixture { get; } = fixture;

    protected string Tenant { get; private set; } = "";

    protected HttpClient Admin { get; private set; } = null!;

    protected long Customer { get; private set; }

    protected string FilesPath => $"/api/v1/customers/{Customer}/files";

    public virtual async Task InitializeAsync()
    {
        Tenant = await Fixture.CreateTenantAsync(Password);
        Admin = await Fixture.SignInAsync(Tenant, "admin", Password);
        Customer = (await CustomerApiClient.CreateAsync(Admin, new
        {
            stage = "customer", firstName = "Fiona", lastName = "Files",
            serviceAddress = new { line1 = "12 Elm St", city = "Denver", state = "CO", zip = "80202" },
        })).Id;
    }

    /// <summary>A signed-in user of the company with <paramref name="role"/>.</summary>
    protected async Task<(HttpClient Client, long Id)> UserAsync(string role)
    {
        var name = GatewayFixture.NewName("u");
        var id = await Fixture.CreateUserAsync(Admin, name, role);
        return (await Fixture.SignInAsync(Tenant, name, "a-good-password"), id);
    }

    protected async Task<(JsonElement Body, string ETag)> GetFileAsync(int fileId)
    {
        using var response = await Admin.GetAsync($"{FilesPath}/{fileId}");
        Assert.True(response.IsSuccessStatusCode, $"GET file {fileId}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.Tag);
    }

    protected async Task SetPolicyAsync(long maxFileBytes, long quotaBytes, int? deleteOwnWithinDays = null, bool keepImageLocation = false)
    {
        var etag = await CustomerApiClient.ETagAsync(Admin, "/api/v1/settings/files");
        using var response = await CustomerApiClient.SendAsync(Admin, HttpMethod.Put, "/api/v1/settings/files", etag,
            new { maxFileBytes, quotaBytes, deleteOwnWithinDays, keepImageLocation });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        return Task.CompletedTask;
    }
}
