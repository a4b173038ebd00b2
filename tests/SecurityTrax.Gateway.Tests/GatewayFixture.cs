using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SecurityTrax.Testing;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A real silo on a fresh database, and the real gateway connected to it over TCP as an Orleans client.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const string Tenant = "gwtest";

    private WebApplicationFactory<Program> _factory = null!;

    public TestDatabase Database { get; private set; } = null!;

    public TestSilo Silo { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync();
        var serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
        var clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];
        Silo = await TestSilo.StartAsync(Database, serviceId, clusterId);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Cluster:Membership", "Localhost");
            web.UseSetting("Cluster:ServiceId", serviceId);
            web.UseSetting("Cluster:ClusterId", clusterId);
            web.UseSetting("Cluster:GatewayPort", Silo.GatewayPort.ToString(CultureInfo.InvariantCulture));
            web.UseSetting("Tenancy:DefaultTenant", Tenant);
        });
        Http = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        await Silo.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(Database.Name);
    }
}
