using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;

namespace SecurityTrax.Customers;

/// <summary>A customer's tags: added once in any case, at most <see cref="CustomerRules.MaxTags"/>, each change in history.</summary>
public static class CustomerTags
{
    private const string Entity = "customer";

    /// <summary>Adds the tag; false when the customer has it (in any case) already.</summary>
    public static bool Add(CustomerState state, string tag, Func<HistoryRecorder> history, long number)
    {
        var clean = CustomerRules.Tag(tag);
        if (state.Tags.Any(t => string.Equals(t, clean, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (state.Tags.Count >= CustomerRules.MaxTags)
        {
            throw SecurityTraxException.Invalid("tag", $"A customer has at most {CustomerRules.MaxTags} tags.");
        }

        state.Tags.Add(clean);
        history().Add(Entity, Id(number), "tag_added", "tags", null, clean);
        return true;
    }

    public static void Remove(CustomerState state, string tag, HistoryRecorder history, long number)
    {
        var existing = state.Tags.FirstOrDefault(t => string.Equals(t, tag?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw SecurityTraxException.NotFound($"Tag '{tag}' on customer {number}");
        state.Tags.Remove(existing);
        history.Add(Entity, Id(number), "tag_removed", "tags", existing, null);
    }

    private static string Id(long number) => number.ToString(CultureInfo.InvariantCulture);
}
