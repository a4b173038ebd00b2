using System.Globalization;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>
/// Grains keep a notification's data as text (it is stored as such in the inbox); clients get ids and counts as
/// numbers and amounts as money, so a payload reads like any other answer.
/// </summary>
public static class NotificationData
{
    private static readonly HashSet<string> Money = new(StringComparer.Ordinal) { "amount" };

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal) { "occurrence" };

    public static IReadOnlyDictionary<string, object?> Typed(IReadOnlyDictionary<string, string> data) =>
        data.ToDictionary(d => d.Key, d => Value(d.Key, d.Value), StringComparer.Ordinal);

    private static object? Value(string key, string value)
    {
        var numeric = Money.Contains(key) || Counts.Contains(key) || key.EndsWith("Id", StringComparison.Ordinal);
        if (numeric && value.Length == 0)
        {
            // "No such number" (an invoice made by hand has no recurring invoice) is null, never an empty string.
            return null;
        }

        if (Money.Contains(key) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        if ((key.EndsWith("Id", StringComparison.Ordinal) || Counts.Contains(key))
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return value;
    }
}
