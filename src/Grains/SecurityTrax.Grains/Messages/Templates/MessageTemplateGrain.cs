using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Errors;
using SecurityTrax.Persistence;

namespace SecurityTrax.Messages.Templates;

public sealed class MessageTemplateGrain(
    [PersistentState(StorageNames.MessageTemplates, StorageNames.Main)] IPersistentState<MessageTemplateState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, IMessageTemplateGrain
{
    private MessageTemplateState State => state.State;

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Seeds every system template the company lacks: all of them the first time, a kind added later on the next activation.
        var missing = SystemTemplates.Defaults().Select((t, i) => (Input: t, Kind: SystemTemplates.KindOf(i)))
            .Where(t => State.Templates.All(existing => existing.SystemKind != t.Kind)).ToList();
        if (missing.Count > 0)
        {
            var now = time.GetUtcNow();
            foreach (var (input, kind) in missing)
            {
                Add(input, now).SystemKind = kind;
            }

            State.Seeded = true;
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public Task<TemplateDetails[]> ListAsync() =>
        Task.FromResult(State.Templates.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => t.ToDetails()).ToArray());

    public Task<TemplateDetails> GetAsync(int templateId) => Task.FromResult(Find(templateId).ToDetails());

    public Task<TemplateDetails> GetSystemAsync(string systemKind) =>
        Task.FromResult((State.Templates.FirstOrDefault(t => t.SystemKind == systemKind)
            ?? throw SecurityTraxException.NotFound($"System template '{systemKind}'")).ToDetails());

    public async Task<TemplateDetails> CreateAsync(TemplateInput input)
    {
        var clean = TemplateRules.Normalize(input, State.Templates);
        var record = Add(clean, time.GetUtcNow());
        await state.WriteStateAsync();
        return record.ToDetails();
    }

    public async Task<TemplateDetails> UpdateAsync(int templateId, TemplateInput input, int expectedVersion)
    {
        var record = Find(templateId, expectedVersion);
        if (record.SystemKind is not null && input.Channel != record.Channel)
        {
            throw SecurityTraxException.Invalid("channel", "A system template keeps its channel.");
        }

        var clean = TemplateRules.Normalize(input, State.Templates.Where(t => t != record));
        record.Name = clean.Name;
        record.Channel = clean.Channel;
        record.Subject = clean.Subject;
        record.HtmlBody = clean.HtmlBody;
        record.TextBody = clean.TextBody;
        record.IsDynamic = clean.IsDynamic;
        record.Version++;
        record.UpdatedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        return record.ToDetails();
    }

    public async Task DeleteAsync(int templateId, int expectedVersion)
    {
        var record = Find(templateId, expectedVersion);
        if (record.SystemKind is not null)
        {
            throw SecurityTraxException.Conflict("The system sends this template itself; edit it instead of deleting it.");
        }

        State.Templates.Remove(record);
        await state.WriteStateAsync();
    }

    public async Task<RenderedMessage> PreviewAsync(int templateId, long customerId)
    {
        var template = Find(templateId).ToDetails();
        var fields = await MessageComposer.FieldsAsync(GrainFactory, Tenant, customerId, time.GetUtcNow(), extra: null);
        return MessageComposer.Render(template.Channel, template, fields.Values, fields.Culture);
    }

    private TemplateRecord Add(TemplateInput input, DateTimeOffset now)
    {
        var record = new TemplateRecord
        {
            Id = ++State.LastId,
            Name = input.Name,
            Channel = input.Channel,
            Subject = input.Subject,
            HtmlBody = input.HtmlBody,
            TextBody = input.TextBody,
            IsDynamic = input.IsDynamic,
            Version = 1,
            UpdatedAt = now,
        };
        State.Templates.Add(record);
        return record;
    }

    private TemplateRecord Find(int templateId) =>
        State.Templates.FirstOrDefault(t => t.Id == templateId) ?? throw SecurityTraxException.NotFound($"Template {templateId}");

    private TemplateRecord Find(int templateId, int expectedVersion)
    {
        var record = Find(templateId);
        return record.Version == expectedVersion ? record : throw SecurityTraxException.StaleVersion(expectedVersion, record.Version);
    }
}
