using SecurityTrax.Persistence;

namespace SecurityTrax.Messages;

public sealed class SmsOptOutGrain(
    [PersistentState(StorageNames.SmsOptOut, StorageNames.Main)] IPersistentState<SmsOptOutState> state) : Grain, ISmsOptOutGrain
{
    // The carrier keywords (CTIA): these stop and restart texts from a sender.
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
        { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE" };

    private static readonly HashSet<string> Start = new(StringComparer.OrdinalIgnoreCase) { "START", "YES", "UNSTOP", "OPTIN" };

    public Task<bool> IsOptedOutAsync(string phone) => Task.FromResult(state.State.OptedOut.Contains(phone));

    public async Task<bool?> RecordReplyAsync(string phone, string body)
    {
        var keyword = body?.Trim() ?? "";
        bool? optedOut = Stop.Contains(keyword) ? true : Start.Contains(keyword) ? false : null;
        if (optedOut is { } stop && (stop ? state.State.OptedOut.Add(phone) : state.State.OptedOut.Remove(phone)))
        {
            await state.WriteStateAsync();
        }

        return optedOut;
    }
}
