using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using SecurityTrax.Persistence;

namespace SecurityTrax.Silo.Persistence;

/// <summary>
/// The ADO.NET provider's grain storage with the reads and writes of many grains sent in one round trip.
/// </summary>
/// <remarks>
/// Rows, query texts (from <c>orleansquery</c>), key hashing and the JSON serializer are the inner ADO.NET
/// provider's own, so either provider reads what the other wrote. What changes is how the statements travel:
/// those that arrive while earlier batches are in flight go together, in order, in one implicit transaction
/// (one commit for many grains). A conflicting write changes nothing and fails only its own grain, as with the
/// provider; a batch that fails as a whole is retried statement by statement, so one bad row cannot fail its
/// neighbours. Grains with integer or GUID keys, and clears, go to the inner provider unchanged.
/// </remarks>
public sealed class BatchingGrainStorage : IGrainStorage
{
    /// <summary>At most this many batches are in flight at once (each on its own connection); the rest wait and go together.</summary>
    private const int MaxBatches = 2;

    /// <summary>A batch stops taking more statements past this many.</summary>
    private const int MaxStatements = 256;

    /// <summary>The name the inner ADO.NET provider is registered under.</summary>
    public const string AdoNetName = "main.adonet";

    private readonly AdoNetGrainStorage _inner;
    private readonly NpgsqlDataSource _database;
    private readonly IActivatorProvider _activators;
    private readonly string _serviceId;
    private readonly BatchQueue<Statement, (byte[]? Payload, int? Version)> _queue;
    private long _roundTrips;
    private long _statements;

    public BatchingGrainStorage(
        AdoNetGrainStorage inner, NpgsqlDataSource database, IActivatorProvider activators, IOptions<ClusterOptions> cluster)
    {
        (_inner, _database, _activators, _serviceId) = (inner, database, activators, cluster.Value.ServiceId);
        _queue = new BatchQueue<Statement, (byte[]? Payload, int? Version)>(ExecuteAsync, MaxBatches, MaxStatements, _ => 1);
    }

    /// <summary>Round trips made so far, and the statements they carried (their ratio is the batching achieved).</summary>
    public (long RoundTrips, long Statements) Counts => (Interlocked.Read(ref _roundTrips), Interlocked.Read(ref _statements));

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!IsStringKey(grainId))
        {
            await _inner.ReadStateAsync(stateName, grainId, grainState);
            return;
        }

        var (payload, version) = await _queue.WriteAsync(
            new Statement(StatementKind.Read, Command(_inner.CurrentOperationalQueries.ReadFromStorage, stateName, grainId, grainState)));
        grainState.State = payload is null ? _activators.GetActivator<T>().Create() : _inner.Serializer.Deserialize<T>(new BinaryData(payload));
        grainState.ETag = version?.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!IsStringKey(grainId))
        {
            await _inner.WriteStateAsync(stateName, grainId, grainState);
            return;
        }

        var command = Command(_inner.CurrentOperationalQueries.WriteToStorage, stateName, grainId, grainState);
        var expected = string.IsNullOrWhiteSpace(grainState.ETag) ? (int?)null : int.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = expected is { } v ? v : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("PayloadBinary", NpgsqlDbType.Bytea) { Value = _inner.Serializer.Serialize(grainState.State).ToMemory() });
        var (_, version) = await _queue.WriteAsync(new Statement(StatementKind.Write, command));
        if (version is null || version == expected)
        {
            throw new InconsistentStateException(
                $"Version conflict (WriteState): ServiceId={_serviceId} ProviderName={StorageNames.Main} GrainType={stateName} GrainId={grainId} ETag={grainState.ETag}.");
        }

        grainState.ETag = version.Value.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _inner.ClearStateAsync(stateName, grainId, grainState);

    /// <summary>The ADO.NET provider stores keys that parse as GUID or integer keys differently; those it handles itself.</summary>
    private static bool IsStringKey(GrainId grainId) => !grainId.TryGetGuidKey(out _, out _) && !grainId.TryGetIntegerKey(out _, out _);

    /// <summary>A statement with the key parameters exactly as the ADO.NET provider binds them for a string key.</summary>
    private NpgsqlBatchCommand Command<T>(string sql, string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = grainId.Key.ToString()!;
        var hasher = _inner.HashPicker.PickHasher(_serviceId, AdoNetName, stateName, grainId, grainState)
            ?? throw new InvalidOperationException("The ADO.NET provider picked no key hasher.");

        // The provider hashes the key's UTF-8 bytes in reverse order on little-endian machines.
        var keyBytes = Encoding.UTF8.GetBytes(key);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(keyBytes);
        }

        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("GrainIdHash", NpgsqlDbType.Integer) { Value = hasher.Hash(keyBytes) });
        command.Parameters.Add(new NpgsqlParameter("GrainIdN0", NpgsqlDbType.Bigint) { Value = 0L });
        command.Parameters.Add(new NpgsqlParameter("GrainIdN1", NpgsqlDbType.Bigint) { Value = 0L });
        command.Parameters.Add(new NpgsqlParameter("GrainTypeHash", NpgsqlDbType.Integer) { Value = hasher.Hash(Encoding.UTF8.GetBytes(stateName)) });
        command.Parameters.Add(new NpgsqlParameter("GrainTypeString", NpgsqlDbType.Text) { Value = stateName });
        command.Parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Text) { Value = key });
        command.Parameters.Add(new NpgsqlParameter("ServiceId", NpgsqlDbType.Text) { Value = _serviceId });
        return command;
    }

    /// <summary>One round trip, one implicit transaction: every statement's answer, or an exception and no change.</summary>
    private async Task<IReadOnlyList<(byte[]? Payload, int? Version)>> ExecuteAsync(List<Statement> batch)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new NpgsqlBatch(connection);
        foreach (var statement in batch)
        {
            command.BatchCommands.Add(statement.Take());
        }

        var results = new (byte[]?, int?)[batch.Count];
        await using (var reader = await command.ExecuteReaderAsync())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (i > 0)
                {
                    await reader.NextResultAsync();
                }

                if (await reader.ReadAsync())
                {
                    results[i] = batch[i].Kind == StatementKind.Read
                        ? (Bytes(reader, "PayloadBinary"), Int(reader, "Version"))
                        : (null, Int(reader, "NewGrainStateVersion"));
                }
            }
        }

        Interlocked.Increment(ref _roundTrips);
        Interlocked.Add(ref _statements, batch.Count);
        return results;
    }

    // Columns by name, as the provider finds them.
    private static byte[]? Bytes(NpgsqlDataReader reader, string column) =>
        reader.GetOrdinal(column) is var i && reader.IsDBNull(i) ? null : reader.GetFieldValue<byte[]>(i);

    private static int? Int(NpgsqlDataReader reader, string column) =>
        reader.GetOrdinal(column) is var i && reader.IsDBNull(i) ? null : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);

    private enum StatementKind
    {
        Read,
        Write,
    }

    private sealed class Statement(StatementKind kind, NpgsqlBatchCommand command)
    {
        private bool _taken;

        public StatementKind Kind => kind;

        /// <summary>The command; a copy when it was already part of a batch that failed (a command belongs to one batch).</summary>
        public NpgsqlBatchCommand Take()
        {
            if (!_taken)
            {
                _taken = true;
                return command;
            }

            var copy = new NpgsqlBatchCommand(command.CommandText);
            foreach (NpgsqlParameter parameter in command.Parameters)
            {
                copy.Parameters.Add(parameter.Clone());
            }

            return copy;
        }
    }
}
