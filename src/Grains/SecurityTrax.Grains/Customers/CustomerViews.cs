using SecurityTrax.Outbox;

namespace SecurityTrax.Customers;

/// <summary>The customer's representation built from its state, and the past-due flag dunning sets.</summary>
public static class CustomerViews
{
    public static CustomerDetails ToDetails(CustomerState state, long number, CustomerSecrets secrets, bool revealConfidential)
    {
        var p = state.Profile!;
        return new CustomerDetails(
            number, state.Stage, CustomerRules.DisplayName(p), p,
            secrets.ReadSsn(state, revealConfidential), secrets.ReadDateOfBirth(state, revealConfidential),
            revealConfidential, [.. state.Tags], [.. state.Contacts.Select(c => ToDetails(state, c))],
            state.CreatedAt, state.UpdatedAt, state.ConvertedAt, state.Version, state.CreditScore, state.PastDue);
    }

    public static ContactDetails ToDetails(CustomerState state, ContactRecord c) => new(c.Id, state.Contacts.IndexOf(c) + 1, c.Contact, c.Version);

    /// <summary>Sets past due with its history row (field <c>pastDue</c>, the reason as the new value); false when it is so already.</summary>
    public static bool SetPastDue(CustomerState state, bool pastDue, string reason, HistoryRecorder history, string customerId)
    {
        if (state.PastDue == pastDue)
        {
            return false;
        }

        state.PastDue = pastDue;
        history.Add("customer", customerId, pastDue ? "marked_past_due" : "past_due_cleared", "pastDue", null, reason);
        return true;
    }
}
