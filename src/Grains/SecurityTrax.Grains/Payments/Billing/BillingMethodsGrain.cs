using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;

namespace SecurityTrax.Payments.Billing;

public sealed class BillingMethodsGrain(
    [PersistentState(StorageNames.BillingMethods, StorageNames.Main)] IPersistentState<BillingMethodsState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    PaymentProcessors processors,
    OutboxWriter outbox,
    ILogger<BillingMethodsGrain> logger)
    : OutboxGrain<BillingMethodsState>(state, outbox, logger), IBillingMethodsGrain, IBillingTargetGrain
{
    /// <summary>The billing-method id a payment records for a token charged once (never a saved method's id: those start with "bm").</summary>
    public const string OneTimeMethodId = "one-time";

    private long CustomerId => long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture);

    // Adding, removing or choosing the default decides which card or account is charged: checked here as well as at the gateway.
    private static readonly string CustomersModify = Grants.For("customers", Grants.Modify);

    private IEnumerable<BillingMethodRecord> Live => State.Methods.Where(m => !m.Removed);

    public Task<BillingMethod[]> ListAsync() => Task.FromResult(Live.Select(m => m.ToDetails(State.DefaultId, State.Version)).ToArray());

    public async Task<BillingSetup> BeginSetupAsync(BillingMethodKind kind)
    {
        if (kind == BillingMethodKind.Manual || !Enum.IsDefined(kind))
        {
            throw SecurityTraxException.Invalid("kind", "Setting up takes card or bank_account.");
        }

        var (processor, publishableKey) = await processors.ForSetupAsync(GrainFactory, Tenant);
        var customer = await ProcessorCustomerAsync(processor);
        State.Setups++;
        await SaveAsync();
        var setup = await processor.BeginSetupAsync(customer, kind, $"{State.CustomerKey}-setup-{State.Setups}", CancellationToken.None);
        return setup with { PublishableKey = publishableKey };
    }

    public async Task<BillingMethod> AddAsync(NewBillingMethod method)
    {
        CallerGrants.Require(Tenant, CustomersModify);
        if (method.RequestId is { } request && State.Methods.FirstOrDefault(m => m.RequestId == request) is { } added)
        {
            return added.ToDetails(State.DefaultId, State.Version);
        }

        var errors = new List<FieldError>();
        if (!Enum.IsDefined(method.Kind))
        {
            errors.Add(new FieldError("kind", "Use card, bank_account or manual."));
        }

        // A raw number is refused without repeating it anywhere: not in the error, the log or the history.
        if (RawNumbers.Found(method.Token))
        {
            errors.Add(new FieldError("token", "This looks like a card or account number; send the processor's payment-method token instead."));
        }

        if (RawNumbers.Found(method.Label))
        {
            errors.Add(new FieldError("label", "A label must not hold a card or account number."));
        }

        var label = FieldChecks.Text(errors, "label", method.Label, 60);
        if (method.Kind != BillingMethodKind.Manual && string.IsNullOrWhiteSpace(method.Token))
        {
            errors.Add(new FieldError("token", "A card or bank account needs the processor's payment-method token."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        var record = new BillingMethodRecord { Kind = method.Kind, Label = label, AddedAt = time.GetUtcNow(), RequestId = method.RequestId };
        if (method.Kind != BillingMethodKind.Manual)
        {
            var processor = await processors.ForAsync(GrainFactory, Tenant);
            var attached = await processor.AttachAsync(await ProcessorCustomerAsync(processor), method.Token!.Trim(), CancellationToken.None);
            if (attached.Kind != method.Kind)
            {
                throw SecurityTraxException.Invalid("kind", $"The token is a {Name(attached.Kind)}, not a {Name(method.Kind)}.");
            }

            (record.Token, record.Brand, record.Last4, record.ExpMonth, record.ExpYear, record.Processor) =
                (attached.Token, attached.Brand, attached.Last4, attached.ExpMonth, attached.ExpYear, processor.Name);
        }

        record.Id = "bm" + (++State.LastId).ToString(CultureInfo.InvariantCulture);
        State.Methods.Add(record);
        var now = time.GetUtcNow();
        History(now).Add("billing_method", record.Id, "added", "billingMethod", null, record.ToDetails(null).Display);
        if (method.MakeDefault || State.DefaultId is null)
        {
            SetDefault(record, now);
        }

        await CommitAsync();
        TellDunning(record);
        return record.ToDetails(State.DefaultId, State.Version);
    }

    public async Task<BillingMethod> MakeDefaultAsync(string methodId, int? expectedVersion = null)
    {
        CallerGrants.Require(Tenant, CustomersModify);
        var record = Find(methodId);
        ExpectedVersion.Check(expectedVersion, State.Version);
        if (State.DefaultId != record.Id)
        {
            SetDefault(record, time.GetUtcNow());
            await CommitAsync();
            TellDunning(record);
        }

        return record.ToDetails(State.DefaultId, State.Version);
    }

    public async Task RemoveAsync(string methodId, int? expectedVersion = null)
    {
        CallerGrants.Require(Tenant, CustomersModify);
        var record = Find(methodId);
        ExpectedVersion.Check(expectedVersion, State.Version);
        var now = time.GetUtcNow();
        record.Removed = true;
        History(now).Add("billing_method", record.Id, "removed", "billingMethod", record.ToDetails(null).Display, null);
        if (State.DefaultId == record.Id)
        {
            State.DefaultId = null;
        }

        await CommitAsync();
    }

    public Task<ChargeTarget> GetChargeTargetAsync(string? methodId)
    {
        var record = methodId is null
            ? Live.FirstOrDefault(m => m.Id == State.DefaultId)
                ?? throw SecurityTraxException.Invalid("billingMethodId", $"Customer {CustomerId} has no default billing method.")
            // The method is named in the request's body, not its path: an unknown one is a bad field (400), not a missing resource.
            : Live.FirstOrDefault(m => m.Id == methodId)
                ?? throw SecurityTraxException.Invalid("billingMethodId", $"Customer {CustomerId} has no billing method with this id (never saved, or removed).");
        return Task.FromResult(new ChargeTarget(record.ToDetails(State.DefaultId), State.ProcessorCustomerId, record.Token));
    }

    public async Task<ChargeTarget> AttachOneTimeAsync(string token)
    {
        if (RawNumbers.Found(token))
        {
            throw SecurityTraxException.Invalid("token", "This looks like a card or account number; send the processor's payment-method token instead.");
        }

        var processor = await processors.ForAsync(GrainFactory, Tenant);
        var customer = await ProcessorCustomerAsync(processor);
        var attached = await processor.AttachAsync(customer, token.Trim(), CancellationToken.None);
        var method = new BillingMethodRecord
        {
            Id = OneTimeMethodId, Kind = attached.Kind, Token = attached.Token, Brand = attached.Brand, Last4 = attached.Last4,
            ExpMonth = attached.ExpMonth, ExpYear = attached.ExpYear, Processor = processor.Name, AddedAt = time.GetUtcNow(),
        };
        return new ChargeTarget(method.ToDetails(null), customer, method.Token);
    }

    public async Task<ChargeTarget> BrowserTargetAsync()
    {
        var processor = await processors.ForAsync(GrainFactory, Tenant);
        var method = new BillingMethodRecord { Id = OneTimeMethodId, Kind = BillingMethodKind.Card, Label = "Card or bank account", Processor = processor.Name, AddedAt = time.GetUtcNow() };
        return new ChargeTarget(method.ToDetails(null), await ProcessorCustomerAsync(processor), null);
    }

    private void SetDefault(BillingMethodRecord record, DateTimeOffset now)
    {
        var old = Live.FirstOrDefault(m => m.Id == State.DefaultId);
        State.DefaultId = record.Id;
        History(now).Add("billing_method", record.Id, "made_default", "defaultBillingMethod", old?.ToDetails(null).Display, record.ToDetails(null).Display);
    }

    private BillingMethodRecord Find(string methodId) =>
        Live.FirstOrDefault(m => m.Id == methodId) ?? throw SecurityTraxException.NotFound($"Billing method {methodId} of customer {CustomerId}");

    /// <summary>
    /// A card or bank account added or made default retries the customer's failed automatic charges now. One-way: the
    /// retry charges through this grain. Office and portal both add methods here, so this is the one place to say it.
    /// </summary>
    private void TellDunning(BillingMethodRecord record)
    {
        if (record.Kind != BillingMethodKind.Manual)
        {
            _ = GrainFactory.GetGrain<Dunning.IDunningGrain>(GrainKeys.For(Tenant, CustomerId.ToString(CultureInfo.InvariantCulture))).BillingMethodChangedAsync();
        }
    }

    /// <summary>The processor customer of this customer, created once: its key is stored before the call.</summary>
    private async Task<string> ProcessorCustomerAsync(IPaymentProcessor processor)
    {
        if (State.ProcessorCustomerId is { } id && State.Processor == processor.Name)
        {
            return id;
        }

        var customer = await GrainFactory.GetGrain<ICustomerGrain>(GrainKeys.For(Tenant, CustomerId.ToString(CultureInfo.InvariantCulture))).GetAsync(false);
        if (State.CustomerKey is null || State.Processor != processor.Name)
        {
            (State.CustomerKey, State.Processor, State.ProcessorCustomerId) = ($"{Tenant}-customer-{CustomerId}-{Guid.NewGuid():N}", processor.Name, null);
            await SaveAsync();
        }

        State.ProcessorCustomerId = await processor.CreateCustomerAsync(customer.DisplayName, customer.Profile.Email, State.CustomerKey, CancellationToken.None);
        await SaveAsync();
        return State.ProcessorCustomerId;
    }

    private HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(CallerContext.Current ?? Caller.System(Tenant), now, "customer", CustomerId.ToString(CultureInfo.InvariantCulture));

    private async Task CommitAsync()
    {
        State.Version++;
        await SaveAsync();
    }

    private static string Name(BillingMethodKind kind) => kind == BillingMethodKind.BankAccount ? "bank account" : "card";
}
