namespace SecurityTrax.Tickets;

public sealed class NoteTypeCatalogState
{
    public List<string> Types { get; set; } = [];
}
