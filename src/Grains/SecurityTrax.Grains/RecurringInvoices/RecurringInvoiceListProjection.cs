using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.RecurringInvoices;

/// <summary>Writes <see cref="RecurringInvoiceRow"/>s into <c>recurring_invoice_list</c>, keeping only the newest version.</summary>
public sealed class RecurringInvoiceListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO recurring_invoice_list (tenant_id, recurring_invoice_id, version, deleted, customer_id, first_date, amount,
                                            interval, unit, count, time_zone, created_at, paused_reason)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        ON CONFLICT (tenant_id, recurring_invoice_id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted,
                                                            paused_reason = excluded.paused_reason, amount = excluded.amount
        WHERE recurring_invoice_list.version < excluded.version
        """;

    public string Kind => RecurringInvoiceRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<RecurringInvoiceRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty recurring invoice row for {upsert.Id}.");
        return OutboxWriter.Command(
            Sql, tenant, row.RecurringInvoiceId, upsert.Version, row.Deleted, row.CustomerId, row.FirstDate, row.Amount, row.Interval,
            row.Unit, row.Count, row.TimeZone, row.CreatedAt, row.PausedReason);
    }
}
