using SecurityTrax.Identity;

namespace SecurityTrax.Messages;

/// <summary>A tenant's email and SMS templates; key <c>{tenant}/templates</c>.</summary>
[Alias("SecurityTrax.IMessageTemplateGrain")]
public interface IMessageTemplateGrain : ITenantGrain
{
    public const string Id = "templates";

    [Alias("List")]
    Task<TemplateDetails[]> ListAsync();

    [Alias("Get")]
    Task<TemplateDetails> GetAsync(int templateId);

    [Alias("GetSystem")]
    Task<TemplateDetails> GetSystemAsync(string systemKind);

    [Alias("Create")]
    Task<TemplateDetails> CreateAsync(TemplateInput input);

    [Alias("Update")]
    Task<TemplateDetails> UpdateAsync(int templateId, TemplateInput input, int expectedVersion);

    [Alias("Delete")]
    Task DeleteAsync(int templateId, int expectedVersion);

    /// <summary>Renders a template for one customer exactly as a send would, without sending.</summary>
    [Alias("Preview")]
    Task<RenderedMessage> PreviewAsync(int templateId, long customerId);
}
