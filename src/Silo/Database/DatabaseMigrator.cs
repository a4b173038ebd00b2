using System.Reflection;
using System.Text.RegularExpressions;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SecurityTrax.Silo.Database;

/// <summary>Brings the schema up to date as the database owner: journaled scripts once, <c>Always</c> scripts every time.</summary>
public sealed partial class DatabaseMigrator(DatabaseSettings settings, ILogger<DatabaseMigrator> logger)
{
    // Any fixed number works; it only has to be the same for every silo of every deployment.
    private const long MigrationLockId = 0x5EC7_7A4A;

    private static readonly Assembly Scripts = typeof(DatabaseMigrator).Assembly;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var role = settings.RuntimeRole;
        if (!RoleName().IsMatch(role))
        {
            throw new InvalidOperationException($"The runtime role '{role}' is not a plain PostgreSQL identifier.");
        }

        // Silos starting together take turns: the session-level lock is held for the whole upgrade.
        await using var lockConnection = new NpgsqlConnection(settings.Owner);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockId})", lockConnection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            var result = DeployChanges.To
                .PostgresqlDatabase(settings.Owner)
                .WithScriptsEmbeddedInAssembly(Scripts, IsVersioned, new SqlScriptOptions { RunGroupOrder = 1 })
                .WithScriptsEmbeddedInAssembly(
                    Scripts,
                    IsAlways,
                    new SqlScriptOptions { ScriptType = DbUp.Support.ScriptType.RunAlways, RunGroupOrder = 2 })
                .JournalToPostgresqlTable("public", "schemaversions")
                .WithVariable("runtime_role", role)
                .WithTransactionPerScript()
                .LogTo(logger)
                .Build()
                .PerformUpgrade();

            if (!result.Successful)
            {
                throw new InvalidOperationException(
                    $"Database migration failed in script '{result.ErrorScript?.Name}'.", result.Error);
            }

            LogMigrated(result.Scripts.Count());
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockId})", lockConnection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static bool IsAlways(string name) => name.Contains(".Migrations.Always.", StringComparison.Ordinal);

    private static bool IsVersioned(string name) =>
        name.Contains(".Migrations.", StringComparison.Ordinal) && !IsAlways(name) && name.EndsWith(".sql", StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex RoleName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is current ({ScriptCount} scripts applied this start)")]
    private partial void LogMigrated(int scriptCount);
}
