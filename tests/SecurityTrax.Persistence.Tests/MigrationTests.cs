using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SecurityTrax.Silo.Database;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresFixture fixture)
{
    private static readonly string[] OrleansQueryKeys =
    [
        "ClearStorageKey", "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey", "DeleteMembershipTableEntriesKey",
        "DeleteReminderRowKey", "DeleteReminderRowsKey", "DeleteStorageKey", "GatewaysQueryKey",
        "InsertMembershipKey", "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey",
        "ReadFromStorageKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey", "ReadReminderRowsKey",
        "UpdateIAmAlivetimeKey", "UpdateMembershipKey", "UpsertReminderRowKey", "WriteToStorageKey",
    ];

    [Fact]
    public async Task RunningMigrationsTwiceChangesNothing()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var migrator = Migrator(database);
            await migrator.MigrateAsync(CancellationToken.None);
            var first = await SnapshotAsync(database);

            await migrator.MigrateAsync(CancellationToken.None);

            Assert.Equal(first, await SnapshotAsync(database));
            Assert.Equal(
                VersionedScripts(),
                await database.RowsAsync("SELECT scriptname FROM schemaversions ORDER BY scriptname"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database.Name);
        }
    }

    [Fact]
    public async Task EveryQueryTheOrleansProvidersNeedIsPublished()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await Migrator(database).MigrateAsync(CancellationToken.None);

            Assert.Equal(
                OrleansQueryKeys.Order(StringComparer.Ordinal),
                await database.RowsAsync("SELECT querykey FROM orleansquery ORDER BY querykey COLLATE \"C\""));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database.Name);
        }
    }

    [Fact]
    public async Task RuntimeRoleCanOnlyAppendAndReadHistory()
    {
        var database = fixture.Database;
        var id = Guid.NewGuid();
        await database.ExecuteAsync(
            $"""
            INSERT INTO history (tenant_id, id, occurred_at, subject_type, subject_id, entity_type, entity_id, action,
                                 actor_id, actor_name, source)
            VALUES ('acme', '{id}', now(), 'customer', '1', 'customer', '1', 'created', 'system', 'System', 'system')
            """,
            database.Runtime);

        var update = await Assert.ThrowsAsync<PostgresException>(
            () => database.ExecuteAsync($"UPDATE history SET action = 'x' WHERE id = '{id}'", database.Runtime));
        var delete = await Assert.ThrowsAsync<PostgresException>(
            () => database.ExecuteAsync($"DELETE FROM history WHERE id = '{id}'", database.Runtime));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, update.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, delete.SqlState);
        Assert.Equal("created", await database.ScalarAsync<string>($"SELECT action FROM history WHERE id = '{id}'"));
    }

    // Every numbered script is journaled once; the Always scripts run each start and are not journaled.
    private static List<string> VersionedScripts() =>
    [
        .. typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && !n.Contains(".Always.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    private static DatabaseMigrator Migrator(TestDatabase database) =>
        new(new DatabaseSettings(database.Owner, database.Runtime), NullLogger<DatabaseMigrator>.Instance);

    private static async Task<List<string>> SnapshotAsync(TestDatabase database)
    {
        var rows = new List<string>();
        rows.AddRange(await database.RowsAsync(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"));
        rows.AddRange(await database.RowsAsync("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
        rows.AddRange(await database.RowsAsync(
            $"SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee = '{TestPostgres.RuntimeRole}' ORDER BY 1, 2"));
        rows.AddRange(await database.RowsAsync("SELECT querykey, md5(querytext) FROM orleansquery ORDER BY 1"));
        rows.AddRange(await database.RowsAsync("SELECT scriptname FROM schemaversions ORDER BY 1"));
        return rows;
    }
}
