using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>Writes <see cref="InvoiceRow"/>s into <c>invoice_list</c>, keeping only the newest version.</summary>
public sealed class InvoiceListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO invoice_list (tenant_id, invoice_id, version, deleted, type, status, customer_id, customer_name, sale_date, due_date,
                                  sub_total, tax_total, grand_total, applied, due, recurring_invoice_id, quote_id, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
        ON CONFLICT (tenant_id, invoice_id) DO UPDATE SET
            version = excluded.version, deleted = excluded.deleted, status = excluded.status, customer_name = excluded.customer_name,
            sale_date = excluded.sale_date, due_date = excluded.due_date, sub_total = excluded.sub_total, tax_total = excluded.tax_total,
            grand_total = excluded.grand_total, applied = excluded.applied, due = excluded.due, updated_at = excluded.updated_at
        WHERE invoice_list.version < excluded.version
        """;

    public string Kind => InvoiceRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<InvoiceRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty invoice row for {upsert.Id}.");
        return OutboxWriter.Command(
            Sql, tenant, row.InvoiceId, upsert.Version, row.Deleted, row.Type, row.Status, row.CustomerId, row.CustomerName, row.SaleDate,
            row.DueDate, row.SubTotal, row.TaxTotal, row.GrandTotal, row.Applied, row.Due, row.RecurringInvoiceId, row.QuoteId,
            row.CreatedAt, row.UpdatedAt);
    }
}
