using System.Globalization;
using Npgsql;
using Orleans.Concurrency;
using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Messages;

[StatelessWorker]
public sealed class MessageQueryGrain(NpgsqlDataSource database) : Grain, IMessageQueryGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<MessagePage> ForCustomerAsync(long customerId, string? cursor, int limit)
    {
        limit = Math.Clamp(limit, 1, ICustomerQueryGrain.MaxPage);
        await using var command = database.CreateCommand();
        var sql = """
            SELECT message_id, channel, template_id, template_name, subject, to_address, status, reason, sent_by_id, sent_by_name,
                   created_at, sent_at, campaign_id, number
            FROM message_list
            WHERE tenant_id = @tenant AND customer_id = @customer
            """;
        command.Parameters.AddWithValue("tenant", Tenant);
        command.Parameters.AddWithValue("customer", customerId);
        if (cursor is not null)
        {
            var (at, id) = PageCursor.DecodeInstant(cursor);
            sql += " AND (created_at, message_id) < (@afterAt, @afterId)";
            command.Parameters.AddWithValue("afterAt", at);
            command.Parameters.AddWithValue("afterId", id);
        }

        command.CommandText = sql + " ORDER BY created_at DESC, message_id DESC LIMIT @limit";
        command.Parameters.AddWithValue("limit", limit + 1);
        var items = new List<MessageSummary>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                items.Add(new MessageSummary(
                    reader.GetString(0), Enum.Parse<MessageChannel>(reader.GetString(1), true),
                    reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                    Enum.Parse<MessageStatus>(reader.GetString(6), true), reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.GetString(8), reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10),
                    reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
                    reader.IsDBNull(12) ? null : reader.GetInt64(12), reader.IsDBNull(13) ? 0 : reader.GetInt64(13)));
            }
        }

        var page = await NumberedAsync(items.Take(limit));
        var next = items.Count > limit
            ? PageCursor.EncodeInstant(page[^1].CreatedAt, page[^1].Id)
            : null;
        return new MessagePage(page, next);
    }

    public async Task<string?> KeyOfAsync(long number)
    {
        await using var command = database.CreateCommand("SELECT message_id FROM message_list WHERE tenant_id = $1 AND number = $2");
        command.Parameters.Add(new() { Value = Tenant });
        command.Parameters.Add(new() { Value = number });
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>A row written before messages had numbers asks its grain, which takes its number once and stores it.</summary>
    private async Task<MessageSummary[]> NumberedAsync(IEnumerable<MessageSummary> rows)
    {
        var numbered = new List<MessageSummary>();
        foreach (var row in rows)
        {
            numbered.Add(row.Number > 0 ? row
                : row with { Number = (await GrainFactory.GetGrain<IMessageGrain>(GrainKeys.For(Tenant, row.Id)).GetAsync()).Number });
        }

        return [.. numbered];
    }

    public async Task<Dictionary<MessageStatus, int>> CampaignCountsAsync(long campaignId)
    {
        await using var command = database.CreateCommand(
            "SELECT status, count(*) FROM message_list WHERE tenant_id = $1 AND campaign_id = $2 GROUP BY status");
        command.Parameters.Add(new() { Value = Tenant });
        command.Parameters.Add(new() { Value = campaignId });
        var counts = Enum.GetValues<MessageStatus>().ToDictionary(s => s, _ => 0);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[Enum.Parse<MessageStatus>(reader.GetString(0), true)] = (int)reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>Newest first, keyset-paged on (created_at, campaign_id); one grouped count over message_list for the page.</summary>
    public async Task<CampaignPage> CampaignsAsync(string? cursor, int limit)
    {
        limit = Math.Clamp(limit, 1, ICustomerQueryGrain.MaxPage);
        await using var command = database.CreateCommand();
        var sql = """
            SELECT campaign_id, name, template_id, template_name, status, send_at, dispatched, skipped, created_by_name, created_at,
                   started_at, completed_at
            FROM campaign_list
            WHERE tenant_id = @tenant
            """;
        command.Parameters.AddWithValue("tenant", Tenant);
        if (cursor is not null)
        {
            var (at, id) = PageCursor.DecodeInstant(cursor);
            sql += " AND (created_at, campaign_id) < (@afterAt, @afterId)";
            command.Parameters.AddWithValue("afterAt", at);
            command.Parameters.AddWithValue("afterId", long.TryParse(id, CultureInfo.InvariantCulture, out var afterId)
                ? afterId : throw SecurityTraxException.Invalid("cursor", "Not a cursor this API issued."));
        }

        command.CommandText = sql + " ORDER BY created_at DESC, campaign_id DESC LIMIT @limit";
        command.Parameters.AddWithValue("limit", limit + 1);
        var items = new List<CampaignSummary>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                items.Add(new CampaignSummary(
                    reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
                    Enum.Parse<CampaignStatus>(reader.GetString(4), true), reader.GetFieldValue<DateTimeOffset>(5), reader.GetInt32(6),
                    reader.GetInt32(7), [], reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9),
                    reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
                    reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11)));
            }
        }

        var page = items.Take(limit).ToArray();
        var counts = await CountsAsync([.. page.Select(c => c.Id)]);
        var next = items.Count > limit ? PageCursor.EncodeInstant(page[^1].CreatedAt, page[^1].Id.ToString(CultureInfo.InvariantCulture)) : null;
        return new CampaignPage([.. page.Select(c => c with { Counts = counts[c.Id] })], next);
    }

    private async Task<Dictionary<long, Dictionary<MessageStatus, int>>> CountsAsync(long[] campaignIds)
    {
        var counts = campaignIds.ToDictionary(id => id, _ => Enum.GetValues<MessageStatus>().ToDictionary(s => s, _ => 0));
        await using var command = database.CreateCommand(
            "SELECT campaign_id, status, count(*) FROM message_list WHERE tenant_id = $1 AND campaign_id = ANY($2) GROUP BY campaign_id, status");
        command.Parameters.Add(new() { Value = Tenant });
        command.Parameters.Add(new() { Value = campaignIds });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetInt64(0)][Enum.Parse<MessageStatus>(reader.GetString(1), true)] = (int)reader.GetInt64(2);
        }

        return counts;
    }
}
