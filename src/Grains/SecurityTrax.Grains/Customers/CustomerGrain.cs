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
    : OutboxGrain<CustomerState>(state, outbox, logger), ICustomerGrain, IConfidentialRecordGrain
{
    private CustomerSecrets? _secrets;

    private const string Entity = "customer";

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
        var secrets = Secrets.Validate(confidential ?? new ConfidentialInfo(null, null), Today, errors);
        await CompanyUsers.CheckAsync(GrainFactory, Tenant, clean.SalesRepUserId, null, "salesRepUserId", errors);
        SecurityTraxException.ThrowIfAny(errors);

        var now = time.GetUtcNow();
        State.Exists = true;
        State.Stage = stage;
        State.Profile = clean;
        State.CreatedAt = now;
        // One row for the creation, carrying every field it set (secrets masked), rather than a row per field.
        History(now).Add(Entity, Id, "created", CreatedFields.Field, null,
            CreatedFields.Json([("stage", null, CustomerRow.StageName(stage)), .. CustomerChanges.Profile(null, clean), .. Secrets.Create(State, secrets)]));
        return await CommitAsync(now, revealConfidential);
    }

    public Task<CustomerDetails> GetAsync(bool revealConfidential)
    {
        EnsureLive();
        if (CallerContext.Current?.Source == ChangeSources.RecurringBilling)
        {
            // The night's billing run reads thousands of customers once each; none of them stays in memory for it.
            DeactivateOnIdle();
        }

        return Task.FromResult(ToDetails(revealConfidential));
    }

    public async Task<CustomerDetails> UpdateProfileAsync(CustomerProfile profile, int expectedVersion, bool revealConfidential)
    {
        EnsureVersion(expectedVersion);
        var errors = new List<FieldError>();
        var clean = CustomerRules.Normalize(profile, errors);
        await CompanyUsers.CheckAsync(GrainFactory, Tenant, clean.SalesRepUserId, State.Profile!.SalesRepUserId, "salesRepUserId", errors);
        SecurityTraxException.ThrowIfAny(errors);

        var now = time.GetUtcNow();
        var changed = History(now).Changes(Entity, Id, "updated", CustomerChanges.Profile(State.Profile, clean));
        State.Profile = clean;
        return await CommitIfAsync(changed, now, revealConfidential);
    }

    public async Task<CustomerDetails> UpdateConfidentialAsync(ConfidentialInfo confidential, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        var errors = new List<FieldError>();
        var secrets = Secrets.Validate(confidential, Today, errors);
        SecurityTraxException.ThrowIfAny(errors);

        var now = time.GetUtcNow();
        return await CommitIfAsync(Secrets.Apply(State, secrets, History(now), "updated"), now, revealConfidential: true);
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
        History(now).Add(Entity, Id, "converted", "stage", CustomerRow.StageName(CustomerStage.Lead), CustomerRow.StageName(CustomerStage.Customer));
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

    public async Task<CustomerDetails> AddTagAsync(string tag, bool revealConfidential, int? expectedVersion = null)
    {
        EnsureLive();
        ExpectedVersion.Check(expectedVersion, State.Version);
        var now = time.GetUtcNow();
        return CustomerTags.Add(State, tag, () => History(now), Number) ? await CommitAsync(now, revealConfidential) : ToDetails(revealConfidential);
    }

    public async Task<CustomerDetails> RemoveTagAsync(string tag, bool revealConfidential, int? expectedVersion = null)
    {
        EnsureLive();
        ExpectedVersion.Check(expectedVersion, State.Version);
        var now = time.GetUtcNow();
        CustomerTags.Remove(State, tag, History(now), Number);
        return await CommitAsync(now, revealConfidential);
    }

    public async Task<ContactDetails> AddContactAsync(ContactInput contact)
    {
        EnsureLive();
        var now = time.GetUtcNow();
        var record = ContactBook.Add(State, contact, History(now));
        await CommitAsync(now, revealConfidential: false);
        return ToDetails(record);
    }

    public async Task<ContactDetails> UpdateContactAsync(int contactId, ContactInput contact, int expectedVersion)
    {
        EnsureLive();
        var record = ContactBook.Find(State, contactId, expectedVersion, Number);
        var now = time.GetUtcNow();
        if (ContactBook.Update(record, contact, History(now)))
        {
            await CommitAsync(now, revealConfidential: false);
        }

        return ToDetails(record);
    }

    public async Task RemoveContactAsync(int contactId, int expectedVersion)
    {
        EnsureLive();
        var record = ContactBook.Find(State, contactId, expectedVersion, Number);
        var now = time.GetUtcNow();
        ContactBook.Remove(State, record, History(now));
        await CommitAsync(now, revealConfidential: false);
    }

    public async Task<ContactDetails[]> ReorderContactsAsync(int[] contactIdsInPriorityOrder, int? expectedVersion = null)
    {
        EnsureLive();
        ExpectedVersion.Check(expectedVersion, State.Version);
        var now = time.GetUtcNow();
        if (ContactBook.Reorder(State, contactIdsInPriorityOrder ?? [], () => History(now)))
        {
            await CommitAsync(now, revealConfidential: false);
        }

        return [.. State.Contacts.Select(ToDetails)];
    }

    public async Task<CustomerDetails> ApplyCreditScoreAsync(CreditReports.CreditScore score, int expectedVersion, bool revealConfidential)
    {
        EnsureVersion(expectedVersion);
        var now = time.GetUtcNow();
        return await CommitIfAsync(CustomerCreditScore.Apply(State, score, History(now), Id), now, revealConfidential);
    }

    public Task SetPastDueAsync(bool pastDue, string reason) => SetFlagAsync(now => CustomerViews.SetPastDue(State, pastDue, reason, History(now), Id));

    public Task SetSuspendedAsync(bool suspended, string reason) => SetFlagAsync(now => CustomerViews.SetSuspended(State, suspended, reason, History(now), Id));

    public async Task<CustomerDetails> ClearSuspensionAsync(bool revealConfidential, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        var now = time.GetUtcNow();
        return await CommitIfAsync(CustomerViews.ClearSuspension(State, History(now), Id), now, revealConfidential);
    }

    private string Id => Number.ToString(CultureInfo.InvariantCulture);

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private HistoryRecorder History(DateTimeOffset now) => State.Outbox.HistoryOf(Actor, now, Entity, Id);

    private async Task<CustomerDetails> CommitAsync(DateTimeOffset now, bool revealConfidential)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(CustomerRow.Kind, Id, State.Version, JsonSerializer.Serialize(CustomerRow.From(State, Number)));
        Secrets.Rewrap(State);
        await SaveAsync();
        return ToDetails(revealConfidential);
    }

    private async Task<CustomerDetails> CommitIfAsync(bool changed, DateTimeOffset now, bool revealConfidential) =>
        changed ? await CommitAsync(now, revealConfidential) : ToDetails(revealConfidential);

    private CustomerDetails ToDetails(bool revealConfidential) => CustomerViews.ToDetails(State, Number, Secrets, revealConfidential);

    public async Task<bool> RewrapConfidentialAsync()
    {
        if (!Secrets.Rewrap(State))
        {
            return false;
        }

        await SaveAsync();
        return true;
    }

    private CustomerSecrets Secrets => _secrets ??= new CustomerSecrets(cipher, Tenant, Id);

    private ContactDetails ToDetails(ContactRecord c) => CustomerViews.ToDetails(State, c);

    private void EnsureLive()
    {
        if (!State.Exists || State.Deleted)
        {
            throw SecurityTraxException.NotFound($"Customer {GrainKeys.Parse(this.GetPrimaryKeyString()).Id}");
        }
    }

    /// <summary>A flag dunning sets (past due, suspended): saved with its history only when it changes.</summary>
    private async Task SetFlagAsync(Func<DateTimeOffset, bool> change)
    {
        EnsureLive();
        var now = time.GetUtcNow();
        await CommitIfAsync(change(now), now, revealConfidential: false);
    }

    private void EnsureVersion(int expected)
    {
        EnsureLive();
        ExpectedVersion.Check(expected, State.Version);
    }
}
