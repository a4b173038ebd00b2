using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.Customers;

/// <summary>Writes <see cref="CustomerRow"/>s into <c>customer_list</c>, keeping only the newest version.</summary>
public sealed class CustomerListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO customer_list (tenant_id, customer_id, version, deleted, stage, display_name, sort_name, email, phones,
                                   service_address, service_state, sales_rep_user_id, tags, tags_lower,
                                   created_at, updated_at, search_text, past_due, suspended)
        VALUES ($1, $2, $3, $4, $5, $6, lower($6), $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
        ON CONFLICT (tenant_id, customer_id) DO UPDATE SET
            version = excluded.version, deleted = excluded.deleted, stage = excluded.stage,
            display_name = excluded.display_name, sort_name = excluded.sort_name, email = excluded.email,
            phones = excluded.phones, service_address = excluded.service_address,
            service_state = excluded.service_state, sales_rep_user_id = excluded.sales_rep_user_id,
            tags = excluded.tags, tags_lower = excluded.tags_lower, updated_at = excluded.updated_at,
            search_text = excluded.search_text, past_due = excluded.past_due,
            suspended = excluded.suspended
        WHERE customer_list.version < excluded.version
        """;

    public string Kind => CustomerRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<CustomerRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty customer row for {upsert.Id}.");
        return OutboxWriter.Command(
            Sql, tenant, row.CustomerId, upsert.Version, row.Deleted, row.Stage, row.DisplayName, row.Email, row.Phones,
            row.ServiceAddress, row.ServiceState, row.SalesRepUserId, row.Tags,
            row.Tags.Select(t => t.ToLowerInvariant()).ToArray(), row.CreatedAt, row.UpdatedAt, row.SearchText, row.PastDue, row.Suspended);
    }
}
