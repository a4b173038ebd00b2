using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;

namespace SecurityTrax.Customers;

/// <summary>The rules of a customer's contacts, applied to its state; each change is recorded in history.</summary>
public static class ContactBook
{
    private const string Entity = "contact";

    public static ContactRecord Add(CustomerState state, ContactInput contact, HistoryRecorder history)
    {
        var errors = new List<FieldError>();
        var clean = CustomerRules.Normalize(contact, errors);
        if (state.Contacts.Count >= CustomerRules.MaxContacts)
        {
            errors.Add(new FieldError("contacts", $"A customer has at most {CustomerRules.MaxContacts} contacts."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        var record = new ContactRecord { Id = ++state.LastContactId, Contact = clean, Version = 1 };
        state.Contacts.Add(record);
        history.Changes(Entity, Id(record), "created", CustomerChanges.Contact(null, clean));
        return record;
    }

    /// <summary>True when something changed.</summary>
    public static bool Update(ContactRecord record, ContactInput contact, HistoryRecorder history)
    {
        var errors = new List<FieldError>();
        var clean = CustomerRules.Normalize(contact, errors);
        SecurityTraxException.ThrowIfAny(errors);
        if (!history.Changes(Entity, Id(record), "updated", CustomerChanges.Contact(record.Contact, clean)))
        {
            return false;
        }

        record.Contact = clean;
        record.Version++;
        return true;
    }

    public static void Remove(CustomerState state, ContactRecord record, HistoryRecorder history)
    {
        state.Contacts.Remove(record);
        history.Changes(Entity, Id(record), "deleted", CustomerChanges.Contact(record.Contact, null));
    }

    /// <summary>True when the order changed; the list must name every contact exactly once.</summary>
    public static bool Reorder(CustomerState state, int[] wanted, Func<HistoryRecorder> history)
    {
        var current = state.Contacts.Select(c => c.Id).ToArray();
        if (wanted.Length != current.Length || wanted.Distinct().Count() != wanted.Length || !wanted.All(current.Contains))
        {
            throw SecurityTraxException.Invalid(
                "contactIds", $"List every contact of the customer exactly once (now: {string.Join(", ", current)}).");
        }

        if (wanted.SequenceEqual(current))
        {
            return false;
        }

        state.Contacts = [.. wanted.Select(id => state.Contacts.Single(c => c.Id == id))];
        history().Add(Entity, "all", "reordered", "priority", string.Join(",", current), string.Join(",", wanted));
        return true;
    }

    public static ContactRecord Find(CustomerState state, int contactId, int expectedVersion, long customer)
    {
        var record = state.Contacts.FirstOrDefault(c => c.Id == contactId)
            ?? throw SecurityTraxException.NotFound($"Contact {contactId} of customer {customer}");
        if (record.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, record.Version);
        }

        return record;
    }

    private static string Id(ContactRecord c) => c.Id.ToString(CultureInfo.InvariantCulture);
}
