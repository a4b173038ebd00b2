using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.Payments;

/// <summary>Writes <see cref="PaymentRow"/>s into <c>payment_list</c>, keeping only the newest version.</summary>
public sealed class PaymentListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO payment_list (tenant_id, payment_id, version, customer_id, type, method, method_display, status, amount, unapplied,
                                  refunded, transaction_id, original_payment_id, initiated_by_name, initiated_at, payment_date, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
        ON CONFLICT (tenant_id, payment_id) DO UPDATE SET
            version = excluded.version, status = excluded.status, unapplied = excluded.unapplied, refunded = excluded.refunded,
            transaction_id = excluded.transaction_id, payment_date = excluded.payment_date, updated_at = excluded.updated_at
        WHERE payment_list.version < excluded.version
        """;

    public string Kind => PaymentRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<PaymentRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty payment row for {upsert.Id}.");
        return OutboxWriter.Command(
            Sql, tenant, row.PaymentId, upsert.Version, row.CustomerId, row.Type, row.Method, row.MethodDisplay, row.Status, row.Amount,
            row.Unapplied, row.Refunded, row.TransactionId, row.OriginalPaymentId, row.InitiatedByName, row.InitiatedAt, row.PaymentDate,
            row.UpdatedAt);
    }
}
