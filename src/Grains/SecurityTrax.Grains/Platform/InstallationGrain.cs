using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Concurrency;
using Orleans.Configuration;

namespace SecurityTrax.Platform;

/// <summary>Answers with the identity of the silo the call reached and of the database that silo uses.</summary>
[StatelessWorker]
public sealed class InstallationGrain(NpgsqlDataSource database, IOptions<ClusterOptions> cluster) : Grain, IInstallationGrain
{
    private Guid? _installation;

    public async Task<InstallationIdentity> GetIdentityAsync()
    {
        // The row never changes once the migrations wrote it; read per activation, not per call.
        if (_installation is null)
        {
            await using var command = database.CreateCommand("SELECT installation_id FROM installation");
            _installation = (Guid)(await command.ExecuteScalarAsync())!;
        }

        return new InstallationIdentity(cluster.Value.ServiceId, cluster.Value.ClusterId, _installation.Value);
    }
}
