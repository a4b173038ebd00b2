using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;
using SecurityTrax.Security;

namespace SecurityTrax.Customers;

public sealed class CustomerGrain(
    [PersistentState(StorageNames.Customer, StorageNames.Main)] IPersistentState<CustomerState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    ConfidentialCipher cipher,
    OutboxWriter outbox,
    ILogger<CustomerGrain> logger)
    : OutboxGrain<CustomerState>(state, outbox, logger), ICustomerGrain
{
    private const string Entity = "customer";
    private const string ContactEntity = "contact";

    private long Number => long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture);

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    public async Task<CustomerDetails> CreateAsync(
        CustomerStage stage, CustomerProfile profile, ConfidentialInfo? confidential, bool revealConfidential)
    {
        if (State.Exists)
        {
            throw SecurityTraxException.Conflict($"Customer {Number} exists.");
        }

        var errors = new List<FieldError>();
        if (!Enum.IsDefined(stage))
        {
            errors.Add(new FieldError("stage", "Use lead or customer."));
        }

        var clean = CustomerRules.Normalize(profile, errors);
        var secrets = ConfidentialChanges(confidential ?? new ConfidentialInfo(null, null), errors);
        await CheckSalesRepAsync(clean.SalesRepUserId, null, errors);
        ThrowIfAny(errors);

        var now = time.GetUtcNow();
        State.Exists = true;
        State.Stage = stage;
        State.Profile = clean;
        State.CreatedAt = now;
        var history = History(now);
        history.Add(Entity, Number.ToString(CultureInfo.InvariantCulture), "created", "stage", null, StageName(stage));
        history.Changes(Entity, Id, "created", CustomerChanges.Profile(null, clean));
        ApplyConfidential(secrets, history, "created");
        return await CommitAsync(now, revealConfidential);
    }

    public Task<CustomerDetails> GetAsync(bool revealConfidential)
    {
        EnsureLive();
        return Task.FromResult(ToDetails(revealConfidential));
    }

    public async Task<CustomerDetails> UpdateProfileAsync(CustomerProfile profile, int expectedVersion, bool revealConfidential)
    {
        EnsureVersion(expectedVersion);
        var errors = new List<FieldError>();
        var clean = CustomerRules.Normalize(profile, errors);
        await CheckSalesRepAsync(clean.SalesRepUserId, State.Profile!.SalesRepUserId, errors);
        ThrowIfAny(errors);

        var now = time.GetUtcNow();
        if (!History(now).Changes(Entity, Id, "updated", CustomerChanges.Profile(State.Profile, clean)))
        {
            return ToDetails(revealConfidential);
        }

        State.Profile = clean;
        return await CommitAsync(now, revealConfidential);
    }

    public async Task<CustomerDetails> UpdateConfidentialAsync(ConfidentialInfo confidential, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        var errors = new List<FieldError>();
        var secrets = ConfidentialChanges(confidential, errors);
        ThrowIfAny(errors);

        var now = time.GetUtcNow();
        if (!ApplyConfidential(secrets, History(now), "updated"))
        {
            return ToDetails(revealConfidential: true);
        }

        return await CommitAsync(now, revealConfidential: true);
    }

    public async Task<CustomerDetails> ConvertToCustomerAsync(int expectedVersion, bool revealConfidential)
    {
        EnsureVersion(expectedVersion);
        if (State.Stage == CustomerStage.Customer)
        {
            throw SecurityTraxException.Conflict($"{Number} is a customer already; conversion is one way.");
        }

        var now = time.GetUtcNow();
        State.Stage = CustomerStage.Customer;
        State.ConvertedAt = now;
        History(now).Add(Entity, Id, "converted", "stage", StageName(CustomerStage.Lead), StageName(CustomerStage.Customer));
        return await CommitAsync(now, revealConfidential);
    }

    public async Task DeleteAsync(int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        var now = time.GetUtcNow();
        State.Deleted = true;
        History(now).Add(Entity, Id, "deleted");
        await CommitAsync(now, revealConfidential: false);
    }

    public async Task<CustomerDetails> AddTagAsync(string tag, bool revealConfidential)
    {
        EnsureLive();
        var clean = CustomerRules.Tag(tag);
        if (State.Tags.Any(t => string.Equals(t, clean, StringComparison.OrdinalIgnoreCase)))
        {
            return ToDetails(revealConfidential);
        }

        if (State.Tags.Count >= CustomerRules.MaxTags)
        {
            throw SecurityTraxException.Invalid("tag", $"A customer has at most {CustomerRules.MaxTags} tags.");
        }

        var now = time.GetUtcNow();
        State.Tags.Add(clean);
        History(now).Add(Entity, Id, "tag_added", "tags", null, clean);
        return await CommitAsync(now, revealConfidential);
    }

    public async Task<CustomerDetails> RemoveTagAsync(string tag, bool revealConfidential)
    {
        EnsureLive();
        var existing = State.Tags.FirstOrDefault(t => string.Equals(t, tag?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw SecurityTraxException.NotFound($"Tag '{tag}' on customer {Number}");
        var now = time.GetUtcNow();
        State.Tags.Remove(existing);
        History(now).Add(Entity, Id, "tag_removed", "tags", existing, null);
        return await CommitAsync(now, revealConfidential);
    }

    public async Task<ContactDetails> AddContactAsync(ContactInput contact)
    {
        EnsureLive();
        var errors = new List<FieldError>();
        var clean = CustomerRules.Normalize(contact, errors);
        if (State.Contacts.Count >= CustomerRules.MaxContacts)
        {
            errors.Add(new FieldError("contacts", $"A customer has at most {CustomerRules.MaxContacts} contacts."));
        }

        ThrowIfAny(errors);
        var now = time.GetUtcNow();
        var record = new ContactRecord { Id = ++State.LastContactId, Contact = clean, Version = 1 };
        State.Contacts.Add(record);
        History(now).Changes(ContactEntity, ContactId(record), "created", CustomerChanges.Contact(null, clean));
        await CommitAsync(now, revealConfidential: false);
        return ToDetails(record);
    }

    public async Task<ContactDetails> UpdateContactAsync(int contactId, ContactInput contact, int expectedVersion)
    {
        var record = ExistingContact(contactId, expectedVersion);
        var errors = new List<FieldError>();
        var clean = CustomerRules.Normalize(contact, errors);
        ThrowIfAny(errors);

        var now = time.GetUtcNow();
        if (History(now).Changes(ContactEntity, ContactId(record), "updated", CustomerChanges.Contact(record.Contact, clean)))
        {
            record.Contact = clean;
            record.Version++;
            await CommitAsync(now, revealConfidential: false);
        }

        return ToDetails(record);
    }

    public async Task RemoveContactAsync(int contactId, int expectedVersion)
    {
        var record = ExistingContact(contactId, expectedVersion);
        var now = time.GetUtcNow();
        State.Contacts.Remove(record);
        History(now).Changes(ContactEntity, ContactId(record), "deleted", CustomerChanges.Contact(record.Contact, null));
        await CommitAsync(now, revealConfidential: false);
    }

    public async Task<ContactDetails[]> ReorderContactsAsync(int[] contactIdsInPriorityOrder)
    {
        EnsureLive();
        var current = State.Contacts.Select(c => c.Id).ToArray();
        var wanted = contactIdsInPriorityOrder ?? [];
        if (wanted.Length != current.Length || wanted.Distinct().Count() != wanted.Length || !wanted.All(current.Contains))
        {
            throw SecurityTraxException.Invalid(
                "contactIds", $"List every contact of the customer exactly once (now: {string.Join(", ", current)}).");
        }

        if (!wanted.SequenceEqual(current))
        {
            var now = time.GetUtcNow();
            State.Contacts = [.. wanted.Select(id => State.Contacts.Single(c => c.Id == id))];
            History(now).Add(ContactEntity, "all", "reordered", "priority", string.Join(",", current), string.Join(",", wanted));
            await CommitAsync(now, revealConfidential: false);
        }

        return [.. State.Contacts.Select(ToDetails)];
    }

    private string Id => Number.ToString(CultureInfo.InvariantCulture);

    private HistoryRecorder History(DateTimeOffset now) => State.Outbox.HistoryOf(Actor, now, Entity, Id);

    private async Task<CustomerDetails> CommitAsync(DateTimeOffset now, bool revealConfidential)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(CustomerRow.Kind, Id, State.Version, JsonSerializer.Serialize(ToRow()));
        await SaveAsync();
        return ToDetails(revealConfidential);
    }

    private CustomerRow ToRow()
    {
        var p = State.Profile!;
        var name = CustomerRules.DisplayName(p);
        return new CustomerRow(
            Number, State.Deleted, StageName(State.Stage), name, p.Email, [.. p.Phones.Select(ph => ph.Number)],
            p.ServiceAddress?.ToString(), p.ServiceAddress?.State, p.SalesRepUserId, [.. State.Tags],
            State.CreatedAt, State.UpdatedAt, CustomerRow.SearchTextOf(name, p));
    }

    private CustomerDetails ToDetails(bool revealConfidential)
    {
        var p = State.Profile!;
        return new CustomerDetails(
            Number, State.Stage, CustomerRules.DisplayName(p), p,
            Confidential(State.SsnProtected, revealConfidential), Confidential(State.DateOfBirthProtected, revealConfidential),
            revealConfidential, [.. State.Tags], [.. State.Contacts.Select(ToDetails)],
            State.CreatedAt, State.UpdatedAt, State.ConvertedAt, State.Version);
    }

    private ContactDetails ToDetails(ContactRecord c) => new(c.Id, State.Contacts.IndexOf(c) + 1, c.Contact, c.Version);

    private string? Confidential(string? protectedValue, bool reveal)
    {
        if (protectedValue is null)
        {
            return null;
        }

        var clear = cipher.Unprotect(protectedValue);
        return reveal ? clear : ConfidentialCipher.Mask(clear);
    }

    // null = leave as is, "" = clear, otherwise the validated new value.
    private (string? Ssn, string? DateOfBirth) ConfidentialChanges(ConfidentialInfo info, List<FieldError> errors)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var ssn = info.Ssn is null ? null : info.Ssn.Trim().Length == 0 ? "" : FieldChecks.Ssn(errors, "ssn", info.Ssn);
        var dob = info.DateOfBirth is null ? null
            : info.DateOfBirth.Trim().Length == 0 ? "" : FieldChecks.DateOfBirth(errors, "dateOfBirth", info.DateOfBirth, today);
        return (ssn, dob);
    }

    // History shows confidential values masked, old and new.
    private bool ApplyConfidential((string? Ssn, string? DateOfBirth) values, HistoryRecorder history, string action)
    {
        var changed = false;
        if (values.Ssn is { } ssn)
        {
            changed |= ReplaceSecret(history, action, "ssn", ssn, State.SsnProtected, v => State.SsnProtected = v);
        }

        if (values.DateOfBirth is { } dob)
        {
            changed |= ReplaceSecret(history, action, "dateOfBirth", dob, State.DateOfBirthProtected, v => State.DateOfBirthProtected = v);
        }

        return changed;
    }

    private bool ReplaceSecret(HistoryRecorder history, string action, string field, string value, string? current, Action<string?> store)
    {
        var old = current is null ? null : cipher.Unprotect(current);
        var @new = value.Length == 0 ? null : value;
        if (old == @new)
        {
            return false;
        }

        store(@new is null ? null : cipher.Protect(@new));
        history.Add(Entity, Id, action, field, old is null ? null : ConfidentialCipher.Mask(old), @new is null ? null : ConfidentialCipher.Mask(@new));
        return true;
    }

    private async Task CheckSalesRepAsync(string? salesRep, string? current, List<FieldError> errors)
    {
        if (salesRep is null || salesRep == current)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<IUserDirectoryGrain>(GrainKeys.For(Tenant, IUserDirectoryGrain.Id)).GetUserAsync(salesRep);
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            errors.Add(new FieldError("salesRepUserId", $"'{salesRep}' is not a user of this company."));
        }
    }

    private ContactRecord ExistingContact(int contactId, int expectedVersion)
    {
        EnsureLive();
        var record = State.Contacts.FirstOrDefault(c => c.Id == contactId)
            ?? throw SecurityTraxException.NotFound($"Contact {contactId} of customer {Number}");
        if (record.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, record.Version);
        }

        return record;
    }

    private void EnsureLive()
    {
        if (!State.Exists || State.Deleted)
        {
            throw SecurityTraxException.NotFound($"Customer {GrainKeys.Parse(this.GetPrimaryKeyString()).Id}");
        }
    }

    private void EnsureVersion(int expected)
    {
        EnsureLive();
        if (expected != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expected, State.Version);
        }
    }

    private static string ContactId(ContactRecord c) => c.Id.ToString(CultureInfo.InvariantCulture);

    private static string StageName(CustomerStage stage) => stage.ToString().ToLowerInvariant();

    private static void ThrowIfAny(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw SecurityTraxException.Invalid(errors);
        }
    }
}
