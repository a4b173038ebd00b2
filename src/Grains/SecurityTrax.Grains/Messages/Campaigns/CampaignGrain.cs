using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;

namespace SecurityTrax.Messages.Campaigns;

/// <summary>Sends a template to an audience in rate-limited batches, resuming from its stored position after any crash.</summary>
/// <remarks>
/// A reminder starts the campaign at its time and, while it runs, brings the grain back if its silo dies; a grain
/// timer does the sending. Position is stored after each batch; a batch cut short is sent again, and the
/// recipients it had reached already find their message (one id per recipient) instead of getting a second one.
/// </remarks>
public sealed partial class CampaignGrain(
    [PersistentState(StorageNames.Campaign, StorageNames.Main)] IPersistentState<CampaignState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<CampaignGrain> logger) : OutboxGrain<CampaignState>(state, outbox, logger), ICampaignGrain, IRemindable
{
    public const int MaxListedRecipients = 10_000;
    private const string ReminderName = "campaign";
    private const int BatchSize = 50;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private IGrainTimer? _timer;

    private long Number => long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (State.Status == CampaignStatus.Running)
        {
            StartSending();
        }
    }

    public async Task<CampaignDetails> CreateAsync(CampaignInput input)
    {
        if (State.Exists)
        {
            return await GetAsync();
        }

        var now = time.GetUtcNow();
        var template = await MessageComposer.CompanyTemplateAsync(GrainFactory.GetGrain<IMessageTemplateGrain>(GrainKeys.For(Tenant, IMessageTemplateGrain.Id)), input.TemplateId);
        var errors = CampaignRules.Check(input, now);
        if (template is null)
        {
            // The template is named in the request body: a bad field (400), not a missing resource (404 is for the path).
            errors.Add(new FieldError("templateId", MessageComposer.NoSuchTemplate(input.TemplateId)));
        }

        SecurityTraxException.ThrowIfAny(errors);

        var actor = CallerContext.Current ?? Caller.System(Tenant);
        State.Exists = true;
        State.Name = input.Name.Trim();
        State.TemplateId = template!.Id;
        State.TemplateName = template.Name;
        State.Audience = CampaignRules.Normalize(input.Audience);
        State.SendAt = input.SendAt ?? now;
        State.Status = CampaignStatus.Scheduled;
        State.CreatedById = actor.UserId;
        State.CreatedByName = actor.UserName;
        State.CreatedAt = now;
        State.Version = 1;
        await CommitAsync();
        // The reminder is the campaign's durable alarm clock: first at its time, then every minute while it runs.
        var due = State.SendAt - now;
        await this.RegisterOrUpdateReminder(ReminderName, due > TimeSpan.Zero ? due : TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        if (due <= TimeSpan.Zero)
        {
            await BeginAsync(now);
        }

        return await GetAsync();
    }

    public async Task<CampaignDetails> GetAsync()
    {
        if (!State.Exists)
        {
            throw SecurityTraxException.NotFound($"Campaign {Number}");
        }

        var counts = await GrainFactory.GetGrain<IMessageQueryGrain>(GrainKeys.For(Tenant, IMessageQueryGrain.Id)).CampaignCountsAsync(Number);
        return new CampaignDetails(
            Number, State.Name, State.TemplateId, State.TemplateName, State.Audience, State.Status, State.SendAt, State.Dispatched,
            State.Skipped, counts, State.CreatedByName, State.CreatedAt, State.StartedAt, State.CompletedAt, State.Version);
    }

    public async Task<CampaignDetails> CancelAsync(int expectedVersion)
    {
        var current = await GetAsync();
        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        if (State.Status is CampaignStatus.Completed or CampaignStatus.Canceled)
        {
            throw SecurityTraxException.Conflict($"Campaign {Number} is {current.Status.ToString().ToLowerInvariant()} already.");
        }

        await FinishAsync(CampaignStatus.Canceled);
        return await GetAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var now = time.GetUtcNow();
        if (State.Status == CampaignStatus.Scheduled && State.SendAt <= now)
        {
            await BeginAsync(now);
        }
        else if (State.Status == CampaignStatus.Running)
        {
            StartSending();
        }
        else if (State.Status is CampaignStatus.Completed or CampaignStatus.Canceled || !State.Exists)
        {
            await UnregisterReminderAsync();
        }
    }

    private async Task BeginAsync(DateTimeOffset now)
    {
        State.Status = CampaignStatus.Running;
        State.StartedAt = now;
        State.Version++;
        await CommitAsync();
        StartSending();
    }

    private void StartSending() => _timer ??= this.RegisterGrainTimer(SendBatchAsync, TimeSpan.Zero, Tick);

    private async Task SendBatchAsync(CancellationToken cancellationToken)
    {
        if (State.Status != CampaignStatus.Running)
        {
            return;
        }

        var allowed = await GrainFactory.GetGrain<IMessageRateGrain>(GrainKeys.For(Tenant, IMessageRateGrain.Id)).AcquireAsync(BatchSize);
        if (allowed == 0)
        {
            return;
        }

        var (recipients, cursor, index) = await CampaignAudienceWalker.NextAsync(GrainFactory, Tenant, State, allowed);
        CallerContext.Set(new Caller(Tenant, State.CreatedById, State.CreatedByName, "campaign", null, null));
        var results = await Task.WhenAll(recipients.Select(SendOneAsync));
        State.Dispatched += results.Count(r => r is null);
        State.Skipped += results.Count(r => r is not null);
        State.LastSkipReason = results.LastOrDefault(r => r is not null) ?? State.LastSkipReason;
        State.Cursor = cursor;
        State.NextIndex = index;
        if (recipients.Count < allowed || (cursor is null && State.Audience.CustomerIds is null))
        {
            await FinishAsync(CampaignStatus.Completed);
            return;
        }

        await CommitAsync();
    }

    /// <summary>Sends one recipient's message; null when sent (or found sent), else why it was skipped.</summary>
    private async Task<string?> SendOneAsync(long customerId)
    {
        var message = new SendMessage(
            customerId, MessageChannel.Email, State.TemplateId, null, null, null, null, null, Number, null, null, RecordInvalidAsFailed: true);
        try
        {
            await GrainFactory.GetGrain<IMessageGrain>(GrainKeys.For(Tenant, ICampaignGrain.MessageId(Number, customerId))).SendAsync(message);
            return null;
        }
        catch (SecurityTraxException e)
        {
            LogSkipped(Number, customerId, e.Message);
            return $"Customer {customerId}: {e.Message}";
        }
    }

    private async Task FinishAsync(CampaignStatus status)
    {
        State.Status = status;
        State.CompletedAt = time.GetUtcNow();
        State.Version++;
        await CommitAsync();
        _timer?.Dispose();
        _timer = null;
        await UnregisterReminderAsync();
    }

    /// <summary>Saves the state with the campaign's list row; the row has its own version because batches do not change the ETag.</summary>
    private async Task CommitAsync()
    {
        State.ListVersion++;
        State.Outbox.Project(CampaignRow.Kind, Number.ToString(CultureInfo.InvariantCulture), State.ListVersion, JsonSerializer.Serialize(new CampaignRow(
            Number, State.Name, State.TemplateId, State.TemplateName, State.Status.ToString().ToLowerInvariant(), State.SendAt, State.Dispatched,
            State.Skipped, State.CreatedByName, State.CreatedAt, State.StartedAt, State.CompletedAt)));
        await SaveAsync();
    }

    private async Task UnregisterReminderAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {Campaign} skipped customer {Customer}: {Reason}")]
    private partial void LogSkipped(long campaign, long customer, string reason);
}
