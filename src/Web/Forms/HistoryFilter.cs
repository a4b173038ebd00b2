using System.Globalization;

namespace SecurityTrax.Web.Forms;

/// <summary>The history tab's filters as chosen; days are the user's own (the browser's time zone).</summary>
public sealed class HistoryFilter
{
    public const int PageSize = 25;

    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? UserId { get; set; }
    public string? Action { get; set; }
    public string? Entity { get; set; }

    /// <summary>The API's address for one page: <c>to</c> is exclusive there, so the chosen last day is sent as the next midnight.</summary>
    public string Query(long customerId, string? cursor)
    {
        var query = new Dictionary<string, string?>
        {
            ["from"] = Midnight(From, 0),
            ["to"] = Midnight(To, 1),
            ["user"] = Clean(UserId),
            ["action"] = Clean(Action),
            ["entity"] = Clean(Entity),
            ["cursor"] = cursor,
            ["limit"] = PageSize.ToString(CultureInfo.InvariantCulture),
        };
        var pairs = query.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
        return $"api/v1/customers/{customerId}/history?{string.Join('&', pairs)}";
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Midnight(DateOnly? day, int addDays)
    {
        if (day is not { } date)
        {
            return null;
        }

        var local = date.AddDays(addDays).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
