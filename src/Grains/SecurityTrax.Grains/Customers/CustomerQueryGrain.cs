using System.Globalization;
using System.Text;
using Npgsql;
using Orleans.Concurrency;
using SecurityTrax.Errors;

namespace SecurityTrax.Customers;

[StatelessWorker]
public sealed class CustomerQueryGrain(NpgsqlDataSource database) : Grain, ICustomerQueryGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<CustomerPage> SearchAsync(CustomerSearch search)
    {
        var limit = Math.Clamp(search.Limit, 1, ICustomerQueryGrain.MaxPage);
        var column = search.Sort switch
        {
            CustomerSort.Name => "sort_name",
            CustomerSort.Created => "created_at",
            CustomerSort.Updated => "updated_at",
            _ => "customer_id",
        };
        var direction = search.Descending ? "DESC" : "ASC";
        var sql = new StringBuilder("""
            SELECT customer_id, stage, display_name, email, phones, service_address, tags, created_at, updated_at, sort_name, past_due, suspended
            FROM customer_list
            WHERE tenant_id = @tenant AND NOT deleted
            """);
        await using var command = database.CreateCommand();
        command.Parameters.AddWithValue("tenant", Tenant);

        var words = SearchWords(search.Text);
        for (var i = 0; i < words.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND search_text LIKE @w{i}");
            command.Parameters.AddWithValue($"w{i}", "%" + EscapeLike(words[i]) + "%");
        }

        if (search.Stage is { } stage)
        {
            sql.Append(" AND stage = @stage");
            command.Parameters.AddWithValue("stage", stage.ToString().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(search.Tag))
        {
            sql.Append(" AND tags_lower @> ARRAY[@tag]");
            command.Parameters.AddWithValue("tag", search.Tag.Trim().ToLowerInvariant());
        }

        if (search.PastDue is { } pastDue)
        {
            sql.Append(" AND past_due = @pastDue");
            command.Parameters.AddWithValue("pastDue", pastDue);
        }

        if (search.Suspended is { } suspended)
        {
            sql.Append(" AND suspended = @suspended");
            command.Parameters.AddWithValue("suspended", suspended);
        }

        if (search.Cursor is { } cursor)
        {
            var (value, id) = PageCursor.Decode(cursor);
            var comparison = search.Descending ? "<" : ">";
            sql.Append(CultureInfo.InvariantCulture, $" AND ({column}, customer_id) {comparison} (@after, @afterId)");
            command.Parameters.AddWithValue("after", CursorValue(search.Sort, value));
            command.Parameters.AddWithValue("afterId", long.TryParse(id, CultureInfo.InvariantCulture, out var n) ? n
                : throw SecurityTraxException.Invalid("cursor", "Not a cursor this API issued."));
        }

        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {column} {direction}, customer_id {direction} LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit + 1);
        command.CommandText = sql.ToString();

        var items = new List<(CustomerSummary Summary, string SortValue)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var summary = new CustomerSummary(
                    reader.GetInt64(0),
                    reader.GetString(1) == "lead" ? CustomerStage.Lead : CustomerStage.Customer,
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetFieldValue<string[]>(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetFieldValue<string[]>(6),
                    reader.GetFieldValue<DateTimeOffset>(7),
                    reader.GetFieldValue<DateTimeOffset>(8),
                    reader.GetBoolean(10),
                    reader.GetBoolean(11));
                var sortValue = search.Sort switch
                {
                    CustomerSort.Name => reader.GetString(9),
                    CustomerSort.Created => summary.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
                    CustomerSort.Updated => summary.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
                    _ => summary.Id.ToString(CultureInfo.InvariantCulture),
                };
                items.Add((summary, sortValue));
            }
        }

        var more = items.Count > limit;
        var page = items.Take(limit).ToArray();
        var next = more ? PageCursor.Encode(page[^1].SortValue, page[^1].Summary.Id.ToString(CultureInfo.InvariantCulture)) : null;
        return new CustomerPage([.. page.Select(p => p.Summary)], next);
    }

    public async Task<TagCount[]> TagsAsync()
    {
        await using var command = database.CreateCommand("""
            SELECT min(t), count(*)::int
            FROM customer_list, unnest(tags) AS t
            WHERE tenant_id = $1 AND NOT deleted
            GROUP BY lower(t)
            ORDER BY lower(t)
            """);
        command.Parameters.Add(new() { Value = Tenant });
        await using var reader = await command.ExecuteReaderAsync();
        var tags = new List<TagCount>();
        while (await reader.ReadAsync())
        {
            tags.Add(new TagCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return [.. tags];
    }

    public Task<HistoryPage> HistoryAsync(HistoryQuery query) => CustomerHistoryReader.ReadAsync(database, Tenant, query);

    private static object CursorValue(CustomerSort sort, string value) => sort switch
    {
        CustomerSort.Name => value,
        CustomerSort.Number => long.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : Bad(),
        _ => long.TryParse(value, CultureInfo.InvariantCulture, out var ticks) ? new DateTimeOffset(ticks, TimeSpan.Zero) : Bad(),
    };

    private static object Bad() => throw SecurityTraxException.Invalid("cursor", "Not a cursor this API issued.");

    /// <summary>Lower-case words; a word of only phone characters is reduced to its digits.</summary>
    public static List<string> SearchWords(string? text)
    {
        var words = new List<string>();
        foreach (var word in (text ?? "").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            var phoneLike = word.Any(char.IsAsciiDigit) && word.All(c => char.IsAsciiDigit(c) || "()-.+".Contains(c));
            words.Add(phoneLike ? new string(word.Where(char.IsAsciiDigit).ToArray()) : word);
        }

        return words;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
