using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Integrations;
using SecurityTrax.Messages.Delivery;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;
using SecurityTrax.Portal;

namespace SecurityTrax.Messages;

/// <summary>One message: stored as "sending" before the provider is called, so it goes out at most once (DESIGN §6).</summary>
public sealed partial class MessageGrain(
    [PersistentState(StorageNames.Message, StorageNames.Main)] IPersistentState<MessageState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    MessageTransports transports,
    PaymentsOptions payments,
    OutboxWriter outbox,
    ILogger<MessageGrain> logger)
    : OutboxGrain<MessageState>(state, outbox, logger), IMessageGrain
{
    private const string Entity = "message";
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(25);

    private string MessageId => GrainKeys.Parse(this.GetPrimaryKeyString()).Id;

    /// <summary>History names a message by its number; one stored before messages had numbers by its key.</summary>
    private string EntityId => State.Number > 0 ? State.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : MessageId;

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    public async Task<MessageDetails> SendAsync(SendMessage message)
    {
        if (State.Exists)
        {
            await EnsureNumberAsync();
            return ToDetails();
        }

        var now = time.GetUtcNow();
        var recipient = await MessageComposer.FieldsAsync(GrainFactory, Tenant, message.CustomerId, now, message.Fields);
        var template = await MessageComposer.TemplateOfAsync(GrainFactory, Tenant, message);
        var channel = template?.Channel ?? message.Channel;
        if (template is not null)
        {
            // Made only for a message not yet stored: a retried send of this id returned above and makes no second link.
            await PayLinkFields.FillMissingAsync(GrainFactory, Tenant, payments, template, message.CustomerId, recipient.Values);
        }

        var errors = new List<FieldError>();
        var content = template is not null
            ? MessageComposer.Render(channel, template, recipient.Values, recipient.Culture)
            : OneOffMessage.Check(channel, message, errors);
        var (to, problem) = Recipients.Resolve(channel, message.To, recipient.Customer.Profile);
        if (problem is null && channel == MessageChannel.Sms
            && await GrainFactory.GetGrain<ISmsOptOutGrain>(GrainKeys.For(Tenant, ISmsOptOutGrain.Id)).IsOptedOutAsync(to!))
        {
            problem = $"{to} replied STOP to our texts; it takes START from that phone to text it again.";
        }

        if (problem is not null && !message.RecordInvalidAsFailed)
        {
            errors.Add(new FieldError("to", problem));
        }

        SecurityTraxException.ThrowIfAny(errors);

        // Taken before anything is set, and stored by the same write that creates the message (see MessageNumbers).
        var number = await MessageNumbers.TakeAsync(GrainFactory, Tenant, MessageId);
        var actor = Actor;
        State.Exists = true;
        State.Number = number;
        State.CustomerId = message.CustomerId;
        State.Channel = channel;
        State.TemplateId = template?.Id;
        State.TemplateName = template?.Name;
        State.CampaignId = message.CampaignId;
        State.To = to ?? "";
        State.Subject = content!.Subject;
        State.Html = content.Html;
        State.Text = content.Text;
        State.Attachments = [.. message.Attachments ?? []];
        State.SentById = actor.UserId;
        State.SentByName = actor.UserName;
        State.CreatedAt = now;
        History(now).Add(Entity, EntityId, "sent", channel == MessageChannel.Email ? "email" : "sms", null, MessageViews.Summary(State));
        if (problem is not null)
        {
            MessageOutcomes.Fail(State, problem, History(now), EntityId);
            await CommitAsync(now);
            return ToDetails();
        }

        await DeliverAsync(await BeginAttemptAsync(now));
        return ToDetails();
    }

    public async Task<MessageDetails> GetAsync()
    {
        EnsureExists();
        await EnsureNumberAsync();
        return ToDetails();
    }

    public async Task<MessageDetails?> FindAsync() => State.Exists ? await GetAsync() : null;

    /// <summary>A message stored before messages had numbers gets one the first time it is read, once.</summary>
    private async Task EnsureNumberAsync()
    {
        if (State.Number == 0)
        {
            State.Number = await MessageNumbers.TakeAsync(GrainFactory, Tenant, MessageId);
            await CommitAsync(time.GetUtcNow());
        }
    }

    public async Task ResumeAsync()
    {
        var now = time.GetUtcNow();
        if (State is { Exists: true, Status: MessageStatus.Queued } && State.NextAttemptAt <= now)
        {
            await DeliverAsync(await BeginAttemptAsync(now));
        }
        else if (State is { Exists: true, Status: MessageStatus.Sending } && State.AttemptStartedAt + RetryPolicy.StalledAfter <= now)
        {
            // This activation is not in a call (grains take one request at a time), so the attempt died with its silo.
            MessageOutcomes.MarkUnknown(State, $"The system stopped during the call to {State.Provider ?? "the provider"}; the message may or may not have gone out. Resend it if needed.",
                History(now), EntityId);
            await CommitAsync(now);
        }
    }

    public async Task RecordDeliveryAsync(string providerMessageId, string providerStatus, string? errorCode)
    {
        var known = State.ProviderMessageId == providerMessageId
            || (State.Status == MessageStatus.Unknown && State.ProviderMessageId is null);
        if (!State.Exists || !known || State.Status is MessageStatus.Delivered or MessageStatus.Failed)
        {
            return;
        }

        var now = time.GetUtcNow();
        State.ProviderMessageId = providerMessageId;
        if (!MessageOutcomes.Report(State, providerStatus, errorCode, History(now), EntityId, now))
        {
            return;
        }

        await CommitAsync(now);
    }

    private async Task<IMessageTransport> BeginAttemptAsync(DateTimeOffset now)
    {
        // The company's own account when it has one, else the platform's.
        var credentials = await GrainFactory.GetGrain<IIntegrationSecretsGrain>(GrainKeys.For(Tenant, IIntegrationSettingsGrain.Id)).GetMessagingAsync();
        var transport = transports.For(State.Channel, Tenant, credentials);

        // Stored before the provider is called: a crash from here on leaves "sending", which becomes "unknown", never a resend.
        State.Status = MessageStatus.Sending;
        State.Attempts++;
        State.AttemptStartedAt = now;
        State.NextAttemptAt = null;
        State.Provider = transport.Provider;
        await CommitAsync(now);
        return transport;
    }

    private async Task DeliverAsync(IMessageTransport transport)
    {
        DeliveryOutcome outcome;
        using (var timeout = new CancellationTokenSource(CallTimeout))
        {
            try
            {
                outcome = await transport.SendAsync(
                    new OutgoingMessage(Tenant, MessageId, State.To, State.Subject, State.Html, State.Text, State.Attachments),
                    timeout.Token);
            }
            catch (Exception e)
            {
                LogTransportFailed(e, MessageId);
                outcome = DeliveryOutcome.Unknown(transport.Provider, $"The call to {transport.Provider} failed: {e.Message}");
            }
        }

        var now = time.GetUtcNow();
        MessageOutcomes.Take(State, outcome, History(now), EntityId, now);
        await CommitAsync(now);
    }

    private HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(Actor, now, "customer", State.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task CommitAsync(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(MessageRow.Kind, MessageId, State.Version, JsonSerializer.Serialize(ToRow()));
        await SaveAsync();
    }

    private MessageRow ToRow() => MessageViews.Row(MessageId, State);

    private MessageDetails ToDetails() => MessageViews.Details(MessageId, State);

    private void EnsureExists()
    {
        if (!State.Exists)
        {
            throw SecurityTraxException.NotFound($"Message {MessageId}");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Transport failed unexpectedly for message {MessageId}")]
    private partial void LogTransportFailed(Exception exception, string messageId);
}
