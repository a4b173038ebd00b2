using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;

namespace SecurityTrax.Portal;

public sealed class CustomerPayLinksGrain(
    [PersistentState(StorageNames.PayLinks, StorageNames.Main)] IPersistentState<CustomerPayLinksState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<CustomerPayLinksGrain> logger)
    : OutboxGrain<CustomerPayLinksState>(state, outbox, logger), ICustomerPayLinksGrain
{
    private const string Entity = "pay_link";

    private string CustomerKey => GrainKeys.Parse(this.GetPrimaryKeyString()).Id;

    private long CustomerId => long.Parse(CustomerKey, CultureInfo.InvariantCulture);

    public async Task<IssuedPayLink> CreateAsync(NewPayLink link)
    {
        var now = time.GetUtcNow();
        var expires = link.ExpiresAt ?? now + ICustomerPayLinksGrain.DefaultLifetime;
        if (expires <= now || expires > now + ICustomerPayLinksGrain.MaxLifetime)
        {
            throw SecurityTraxException.Invalid("expiresAt", $"After now and at most {ICustomerPayLinksGrain.MaxLifetime.TotalDays:0} days ahead.");
        }

        await GrainFactory.GetGrain<ICustomerGrain>(GrainKeys.For(Tenant, CustomerKey)).GetAsync(false);
        if (link.InvoiceId is { } invoiceId)
        {
            await CheckInvoiceAsync(invoiceId);
        }

        var token = PayLinkKeys.NewToken();
        var actor = CallerContext.Current ?? Caller.System(Tenant);
        var record = new PayLinkRecord
        {
            Number = ++State.LastNumber, TokenId = PayLinkKeys.IdOf(token)!, InvoiceId = link.InvoiceId,
            CreatedAt = now, CreatedByName = actor.UserName, ExpiresAt = expires,
        };
        State.Links.Add(record);
        History(actor, now).Add(Entity, Text(record.Number), "created", "payLink", null, Describe(record));
        await CommitAsync();
        // Stored on the customer first: a crash before the index leaves a listed link that opens nothing, never an unlisted one that opens.
        await GrainFactory.GetGrain<IPayLinkIndexGrain>(GrainKeys.For(Tenant, record.TokenId)).IndexAsync(CustomerId, record.Number);
        return new IssuedPayLink(record.ToDetails(CustomerId, now, State.Version), token);
    }

    public Task<PayLinkDetails[]> ListAsync()
    {
        var now = time.GetUtcNow();
        return Task.FromResult(State.Links.OrderByDescending(l => l.Number).Select(l => l.ToDetails(CustomerId, now, State.Version)).ToArray());
    }

    public async Task<PayLinkDetails> RevokeAsync(int number, int? expectedVersion)
    {
        var record = State.Links.FirstOrDefault(l => l.Number == number) ?? throw SecurityTraxException.NotFound($"Pay link {number} of customer {CustomerId}");
        ExpectedVersion.Check(expectedVersion, State.Version);
        var now = time.GetUtcNow();
        if (record.RevokedAt is null)
        {
            var actor = CallerContext.Current ?? Caller.System(Tenant);
            (record.RevokedAt, record.RevokedByName) = (now, actor.UserName);
            History(actor, now).Add(Entity, Text(number), "revoked", "payLink", Describe(record), null);
            await CommitAsync();
        }

        return record.ToDetails(CustomerId, now, State.Version);
    }

    public Task<PayLinkScope> CheckAsync(int number)
    {
        var record = State.Links.FirstOrDefault(l => l.Number == number);
        return Task.FromResult(record is null
            ? PayLinkScope.Unknown
            : new PayLinkScope(record.StatusAt(time.GetUtcNow()), CustomerId, record.InvoiceId, record.ExpiresAt, number));
    }

    private async Task CheckInvoiceAsync(long invoiceId)
    {
        var invoice = await GrainFactory.GetGrain<IInvoiceGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(invoiceId))).GetAsync();
        if (invoice.CustomerId != CustomerId)
        {
            throw SecurityTraxException.NotFound($"Invoice {invoiceId} of customer {CustomerId}");
        }

        if (invoice.Type != InvoiceType.Invoice || invoice.Totals.Due <= 0)
        {
            throw SecurityTraxException.Conflict($"Invoice {invoiceId} has nothing due; a pay link for it would pay nothing.");
        }
    }

    private static string Describe(PayLinkRecord record) =>
        (record.InvoiceId is { } invoice ? $"Pay link {record.Number} for invoice {Text(invoice)}" : $"Portal link {record.Number}")
        + $", expires {record.ExpiresAt:yyyy-MM-dd HH:mm} UTC";

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private HistoryRecorder History(Caller actor, DateTimeOffset now) => State.Outbox.HistoryOf(actor, now, "customer", CustomerKey);

    private async Task CommitAsync()
    {
        State.Version++;
        await SaveAsync();
    }
}
