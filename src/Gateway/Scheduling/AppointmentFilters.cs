using System.Text.Json;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>Reads the <c>type</c> and comma-separated <c>status</c> query filters of appointment lists.</summary>
public static class AppointmentFilters
{
    private static readonly Dictionary<string, AppointmentStatus> Names =
        Enum.GetValues<AppointmentStatus>().ToDictionary(s => JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString()), StringComparer.Ordinal);

    public static AppointmentFilter Read(string? type, string? status, RequestErrors errors)
    {
        var statuses = new List<AppointmentStatus>();
        foreach (var part in (status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Names.TryGetValue(part.ToLowerInvariant(), out var known))
            {
                statuses.Add(known);
            }
            else
            {
                errors.Add("status", $"'{part}' is not one of {string.Join(", ", Names.Keys)}.");
            }
        }

        return new AppointmentFilter(string.IsNullOrWhiteSpace(type) ? null : type.Trim(), statuses.Count == 0 ? null : [.. statuses]);
    }
}
