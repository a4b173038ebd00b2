using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.Messages.Campaigns;

/// <summary>Writes <see cref="CampaignRow"/>s into <c>campaign_list</c>, keeping only the newest version.</summary>
public sealed class CampaignListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO campaign_list (tenant_id, campaign_id, version, name, template_id, template_name, status, send_at, dispatched,
                                   skipped, created_by_name, created_at, started_at, completed_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        ON CONFLICT (tenant_id, campaign_id) DO UPDATE SET
            version = excluded.version, status = excluded.status, dispatched = excluded.dispatched, skipped = excluded.skipped,
            started_at = excluded.started_at, completed_at = excluded.completed_at
        WHERE campaign_list.version < excluded.version
        """;

    public string Kind => CampaignRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<CampaignRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty campaign row for {upsert.Id}.");
        return OutboxWriter.Command(
            Sql, tenant, row.CampaignId, upsert.Version, row.Name, row.TemplateId, row.TemplateName, row.Status, row.SendAt,
            row.Dispatched, row.Skipped, row.CreatedByName, row.CreatedAt, row.StartedAt, row.CompletedAt);
    }
}
