using System.Text;
using Npgsql;

namespace SecurityTrax.Persistence;

/// <summary>Optional WHERE conditions for read-model queries: a condition is added only when its value is given.</summary>
public static class SqlFilter
{
    public static void AndIf(StringBuilder sql, NpgsqlCommand command, string condition, string name, object? value)
    {
        if (value is not null)
        {
            sql.Append(" AND ").Append(condition);
            command.Parameters.AddWithValue(name, value);
        }
    }
}
