using System.Globalization;

namespace SecurityTrax.Gateway.Payments;

/// <summary>
/// Billing method ids are numbers in the API. Inside, a customer's methods are keyed "bm" and their number ("bm3"),
/// which stored state, payments and recurring invoices keep; the gateway converts both ways.
/// </summary>
public static class BillingMethodIds
{
    private const string Prefix = "bm";

    public static long? Number(string? key) =>
        key is not null && key.StartsWith(Prefix, StringComparison.Ordinal)
        && long.TryParse(key.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static long Of(string key) =>
        Number(key) ?? throw new InvalidOperationException("A billing method key is \"bm\" and a number.");

    public static string? Key(long? number) => number is { } n ? Prefix + n.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The key for an id from a path; text that is not a number names no method (404, like any unknown id).</summary>
    public static string Key(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Key(number)! : Prefix + "?";
}
