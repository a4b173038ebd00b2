using SecurityTrax.Outbox;

namespace SecurityTrax.Customers;

/// <summary>The customer's representation built from its state, and the past-due and suspended flags dunning sets.</summary>
public static class CustomerViews
{
    public static CustomerDetails ToDetails(CustomerState state, long number, CustomerSecrets secrets, bool revealConfidential)
    {
        var p = state.Profile!;
        return new CustomerDetails(
            number, state.Stage, CustomerRules.DisplayName(p), p,
            secrets.ReadSsn(state, revealConfidential), secrets.ReadDateOfBirth(state, revealConfidential),
            revealConfidential, [.. state.Tags], [.. state.Contacts.Select(c => ToDetails(state, c))],
            state.CreatedAt, state.UpdatedAt, state.ConvertedAt, state.Version, state.CreditScore, state.PastDue, state.Suspended);
    }

    public static ContactDetails ToDetails(CustomerState state, ContactRecord c) => new(c.Id, state.Contacts.IndexOf(c) + 1, c.Contact, c.Version);

    /// <summary>Sets past due with its history row (field <c>pastDue</c>, the reason as the new value); false when it is so already.</summary>
    public static bool SetPastDue(CustomerState state, bool pastDue, string reason, HistoryRecorder history, string customerId) =>
        SetFlag(state.PastDue, pastDue, v => state.PastDue = v, pastDue ? "marked_past_due" : "past_due_cleared", "pastDue", reason, history, customerId);

    /// <summary>Sets suspended with its history row (field <c>suspended</c>, the reason as the new value); false when it is so already.</summary>
    public static bool SetSuspended(CustomerState state, bool suspended, string reason, HistoryRecorder history, string customerId) =>
        SetFlag(state.Suspended, suspended, v => state.Suspended = v, suspended ? "service_suspended" : "suspension_cleared", "suspended", reason, history, customerId);

    /// <summary>The office clears a suspension by hand; a conflict when the service is not suspended.</summary>
    public static bool ClearSuspension(CustomerState state, HistoryRecorder history, string customerId) =>
        state.Suspended
            ? SetSuspended(state, false, "Cleared by the office", history, customerId)
            : throw Errors.SecurityTraxException.Conflict($"The service of customer {customerId} is not suspended.");

    private static bool SetFlag(bool current, bool wanted, Action<bool> set, string action, string field, string reason, HistoryRecorder history, string customerId)
    {
        if (current == wanted)
        {
            return false;
        }

        set(wanted);
        history.Add("customer", customerId, action, field, null, reason);
        return true;
    }
}
