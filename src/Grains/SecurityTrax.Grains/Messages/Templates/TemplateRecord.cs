using SecurityTrax.Messages;

namespace SecurityTrax.Messages.Templates;

/// <summary>One stored template.</summary>
public sealed class TemplateRecord
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public MessageChannel Channel { get; set; }

    public string? Subject { get; set; }

    public string? HtmlBody { get; set; }

    public string? TextBody { get; set; }

    public bool IsDynamic { get; set; }

    public string? SystemKind { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public TemplateDetails ToDetails() =>
        new(Id, Name, Channel, Subject, HtmlBody, TextBody, IsDynamic, SystemKind, Version, UpdatedAt);
}
