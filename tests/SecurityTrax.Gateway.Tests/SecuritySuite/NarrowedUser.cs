using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// A signed-in user of a role of its own, whose role is narrowed again and again to every grant but a few: the role is
/// replaced through the roles API and the user's refresh token brings an access token with the new grants, so no
/// password is hashed per narrowing.
/// </summary>
public sealed class NarrowedUser(GatewayFixture fixture, HttpClient admin, string tenant) : IDisposable
{
    private readonly HttpClient _client = fixture.Gateway.CreateClient();
    private readonly string _role = GatewayFixture.NewName("narrowed");
    private string _refreshToken = "";
    private string _roleETag = "";

    public async Task StartAsync()
    {
        using var role = await admin.PostAsJsonAsync("/api/v1/roles", new { name = _role, grants = Grants.All });
        role.EnsureSuccessStatusCode();
        _roleETag = role.Headers.ETag!.Tag;
        var name = GatewayFixture.NewName("n");
        await fixture.CreateUserAsync(admin, name, _role);
        Use(await fixture.TokenAsync(tenant, name, "a-good-password"));
    }

    /// <summary>Gives the user every grant but <paramref name="lacking"/>.</summary>
    public async Task NarrowAsync(IEnumerable<string> lacking)
    {
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/roles/{_role}")
        {
            Content = JsonContent.Create(new { grants = Grants.All.Except(lacking, StringComparer.Ordinal).ToArray() }),
        };
        update.Headers.TryAddWithoutValidation("If-Match", _roleETag);
        using var updated = await admin.SendAsync(update);
        updated.EnsureSuccessStatusCode();
        _roleETag = updated.Headers.ETag!.Tag;
        using var refreshed = await _client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = _refreshToken });
        refreshed.EnsureSuccessStatusCode();
        Use(await refreshed.Content.ReadFromJsonAsync<JsonElement>());
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    public void Dispose() => _client.Dispose();

    private void Use(JsonElement token)
    {
        _refreshToken = token.GetProperty("refreshToken").GetString()!;
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
    }
}
