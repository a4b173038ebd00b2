using Npgsql;

namespace SecurityTrax.Gateway.Hosting;

/// <summary>The installation id this gateway's own database holds (written once by the silo's migrations).</summary>
public sealed class OwnInstallation(string connectionString)
{
    private Guid? _id;

    public async Task<Guid> ReadAsync()
    {
        if (_id is { } known)
        {
            return known;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT installation_id FROM installation", connection);
        var id = (Guid)(await command.ExecuteScalarAsync())!;
        _id = id;
        return id;
    }
}
