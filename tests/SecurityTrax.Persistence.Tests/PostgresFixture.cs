using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests;

/// <summary>One database and one silo on it for the collection; tests that restart silos start their own.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestSilo Silo { get; private set; } = null!;

    public string ServiceId { get; } = NewId("svc");

    public string ClusterId { get; } = NewId("cluster");

    public async Task InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync();
        Silo = await TestSilo.StartAsync(Database, ServiceId, ClusterId);
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(Database.Name);
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
