using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing;

namespace SecurityTrax.Gateway.Tests.Cluster;

/// <summary>
/// Two systems on one machine (issue 22): a gateway that reaches the other system's silo, even one with the very same
/// service and cluster ids, is not ready and serves nothing, because the silo's database is not its own.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class OwnClusterTests(GatewayFixture fixture)
{
    private const string OtherTenant = "othersystem";
    private const string OtherPassword = "other-system-admin-password";

    [Fact]
    public async Task AGatewayThatReachedAnotherSystemsSiloIsNotReadyAndServesNothing()
    {
        var otherDatabase = await TestPostgres.CreateDatabaseAsync();
        try
        {
            // The other system copied our ids; only its database (and so its installation row) is its own.
            await using var otherSilo = await TestSilo.StartAsync(otherDatabase, fixture.ServiceId, fixture.ClusterId, settings: new Dictionary<string, string?>
            {
                ["Bootstrap:Tenant"] = OtherTenant,
                ["Bootstrap:AdminPassword"] = OtherPassword,
            });
            var port = otherSilo.GatewayPort.ToString(CultureInfo.InvariantCulture);
            await using var ours = fixture.StartGateway(new Dictionary<string, string?> { ["Cluster:GatewayPort"] = port });
            await using var theirs = fixture.StartGateway(new Dictionary<string, string?>
            {
                ["Cluster:GatewayPort"] = port,
                ["ConnectionStrings:Runtime"] = otherDatabase.Runtime,
            });
            using var ourHttp = ours.CreateClient();
            using var theirHttp = theirs.CreateClient();

            var ready = await ourHttp.GetAsync("/readyz");
            var signIn = await ourHttp.PostAsJsonAsync("/api/v1/auth/token", new { tenant = OtherTenant, userName = "admin", password = OtherPassword });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
            var problem = await signIn.Content.ReadFromJsonAsync<JsonElement>();
            Assert.StartsWith("This gateway reached a silo that is not of its own installation", problem.GetProperty("detail").GetString());
            // The other system's own gateway is served by the same silo: the refusal is the identity check's doing.
            Assert.Equal(HttpStatusCode.OK, (await theirHttp.GetAsync("/readyz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await theirHttp.PostAsJsonAsync(
                "/api/v1/auth/token", new { tenant = OtherTenant, userName = "admin", password = OtherPassword })).StatusCode);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(otherDatabase.Name);
        }
    }

    [Fact]
    public async Task TheGatewayOfThisSystemIsReadyBehindItsOwnSilo()
    {
        await using var gateway = fixture.StartGateway();
        using var http = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
    }
}
