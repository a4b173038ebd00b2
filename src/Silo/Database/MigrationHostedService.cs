using SecurityTrax.Silo.Hosting;

namespace SecurityTrax.Silo.Database;

/// <summary>Migrates in <see cref="StartingAsync"/>, which runs before any hosted service starts, Orleans included.</summary>
public sealed class MigrationHostedService(DatabaseMigrator migrator) : StartupStep
{
    public override Task StartingAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);
}
