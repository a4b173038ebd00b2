using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Escalation;

/// <summary>
/// A company of its own per test, its admin, and a manager whose role holds every user and role grant but little else:
/// what the manager may hand out is bounded by what it holds.
/// </summary>
public abstract class ManagerSession(GatewayFixture fixture) : CompanySession(fixture)
{
    public const string UserPassword = "a-good-password";

    /// <summary>The manager's grants: all of <c>users.*</c> and <c>roles.*</c>, the security log and viewing customers.</summary>
    public static readonly string[] ManagerGrants =
    [
        "customers.view", "roles.create", "roles.delete", "roles.modify", "roles.view", "security_log.view",
        "users.create", "users.delete", "users.modify", "users.view",
    ];

    protected HttpClient Manager { get; private set; } = null!;

    protected long ManagerId { get; private set; }

    protected string ManagerRole { get; } = GatewayFixture.NewName("Manager");

    /// <summary>A role (made by the admin) holding only <c>customers.view</c>, which the manager may hand out.</summary>
    protected string ClerkRole { get; } = GatewayFixture.NewName("Clerk");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RoleAsync(ManagerRole, ManagerGrants);
        await RoleAsync(ClerkRole, "customers.view");
        var name = GatewayFixture.NewName("manager");
        ManagerId = await Fixture.CreateUserAsync(Admin, name, ManagerRole);
        Manager = await Fixture.SignInAsync(Tenant, name, UserPassword);
    }

    protected async Task RoleAsync(string name, params string[] grants) =>
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name, grants })).EnsureSuccessStatusCode();

    protected async Task<long> AdminIdAsync() =>
        (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Single(u => u.GetProperty("userName").GetString() == "admin").GetProperty("id").GetInt64();

    protected Task<JsonElement> UserAsync(long id) => Admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");

    protected Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string readPath, object? body = null) =>
        CustomerApiClient.SendCurrentAsync(client, method, path, readPath, body);

    /// <summary>The newest security-log sequence: what is logged later has a greater one.</summary>
    protected async Task<long> LogMarkAsync() =>
        (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/security-log?limit=1"))!.Select(e => e.GetProperty("sequence").GetInt64()).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The kinds logged since <paramref name="mark"/>, read after the admin logs a marker role and it shows: whatever the
    /// refused requests had logged would be in by then.
    /// </summary>
    protected async Task<string[]> LoggedSinceAsync(long mark)
    {
        var marker = GatewayFixture.NewName("Marker");
        await RoleAsync(marker, "customers.view");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var log = (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/security-log?limit=200"))!;
            var since = log.Where(e => e.GetProperty("sequence").GetInt64() > mark).ToArray();
            if (since.Any(e => e.GetProperty("detail").GetString()?.StartsWith(marker, StringComparison.Ordinal) == true) || DateTime.UtcNow > deadline)
            {
                return [.. since.Where(e => e.GetProperty("detail").GetString()?.StartsWith(marker, StringComparison.Ordinal) != true).Select(e => e.GetProperty("kind").GetString()!)];
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A 403 ProblemDetails of our type whose <c>missingGrants</c> are exactly <paramref name="grants"/>.</summary>
    protected static async Task AssertMissingAsync(HttpResponseMessage response, params string[] grants)
    {
        var missing = await MissingAsync(response);
        Assert.Equal(grants, missing);
    }

    /// <summary>A 403 ProblemDetails of our type; answers its <c>missingGrants</c>.</summary>
    protected static async Task<string[]> MissingAsync(HttpResponseMessage response)
    {
        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:securitytrax:problem:forbidden", problem.GetProperty("type").GetString());
        string[] missing = [.. problem.GetProperty("missingGrants").EnumerateArray().Select(g => g.GetString()!)];
        Assert.Contains(missing.Length == 1 ? $"the {missing[0]} grant" : string.Join(", ", missing), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return missing;
    }
}
