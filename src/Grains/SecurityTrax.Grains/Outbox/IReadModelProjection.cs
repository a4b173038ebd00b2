using Npgsql;

namespace SecurityTrax.Outbox;

/// <summary>Turns read-model upserts of one kind into SQL for the outbox batch.</summary>
public interface IReadModelProjection
{
    string Kind { get; }

    NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert);
}
