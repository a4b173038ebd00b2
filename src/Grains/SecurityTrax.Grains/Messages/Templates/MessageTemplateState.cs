namespace SecurityTrax.Messages.Templates;

public sealed class MessageTemplateState
{
    public bool Seeded { get; set; }

    public int LastId { get; set; }

    public List<TemplateRecord> Templates { get; set; } = [];
}
