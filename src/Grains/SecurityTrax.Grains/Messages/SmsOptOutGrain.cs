using SecurityTrax.Persistence;

namespace SecurityTrax.Messages;

public sealed class SmsOptOutGrain(
    [PersistentState(StorageNames.SmsOptOut, StorageNames.Main)] IPersistentState<SmsOptOutState> state) : Grain, ISmsOptOutGrain
{
    /// <summary>Keyword texts remembered per company to refuse replays; far more than arrive while a replay could matter.</summary>
    public const int RememberedSids = 500;

    // The carrier keywords (CTIA): these stop and restart texts from a sender.
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
        { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE" };

    private static readonly HashSet<string> Start = new(StringComparer.OrdinalIgnoreCase) { "START", "YES", "UNSTOP", "OPTIN" };

    public Task<bool> IsOptedOutAsync(string phone) => Task.FromResult(state.State.OptedOut.Contains(phone));

    public async Task<bool?> RecordReplyAsync(string phone, string body, string? messageSid)
    {
        var keyword = body?.Trim() ?? "";
        bool? optedOut = Stop.Contains(keyword) ? true : Start.Contains(keyword) ? false : null;
        // Texts reach us from phone numbers only; a sender of another form names no one we could text.
        if (optedOut is null || !Recipients.E164().IsMatch(phone))
        {
            return null;
        }

        // Only keyword texts change anything, so only they are remembered; a replay of an old STOP after a START is refused.
        var recent = state.State.RecentMessageSids;
        if (messageSid is { Length: > 0 })
        {
            if (recent.Contains(messageSid, StringComparer.Ordinal))
            {
                return null;
            }

            recent.Add(messageSid);
            if (recent.Count > RememberedSids)
            {
                recent.RemoveRange(0, recent.Count - RememberedSids);
            }
        }

        if (optedOut.Value)
        {
            state.State.OptedOut.Add(phone);
        }
        else
        {
            state.State.OptedOut.Remove(phone);
        }

        await state.WriteStateAsync();
        return optedOut;
    }
}
