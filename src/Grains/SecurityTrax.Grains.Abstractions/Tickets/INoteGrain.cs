using SecurityTrax.Identity;

namespace SecurityTrax.Tickets;

/// <summary>A note on a customer, which can be a ticket; key <c>{tenant}/note-{number}</c>.</summary>
[Alias("SecurityTrax.INoteGrain")]
public interface INoteGrain : ITenantGrain
{
    [Alias("Create")]
    Task<NoteDetails> CreateAsync(long customerId, NoteInput note, TicketInput? ticket);

    [Alias("Get")]
    Task<NoteDetails> GetAsync();

    /// <summary>Edits what the note says: its author may, and so may whoever holds <c>notes.modify</c>.</summary>
    [Alias("Edit")]
    Task<NoteDetails> EditAsync(NoteInput note, int expectedVersion, bool mayEditAnyNote);

    [Alias("Delete")]
    Task DeleteAsync(int expectedVersion);

    /// <summary>Makes the note a ticket, or changes assignee, due date and priority of a ticket.</summary>
    [Alias("SetTicket")]
    Task<NoteDetails> SetTicketAsync(TicketInput ticket, int expectedVersion);

    /// <summary>Turns a ticket back into a plain note.</summary>
    [Alias("ClearTicket")]
    Task<NoteDetails> ClearTicketAsync(int expectedVersion);

    [Alias("SetStatus")]
    Task<NoteDetails> SetStatusAsync(TicketStatus status, int expectedVersion);

    [Alias("Comment")]
    Task<NoteDetails> CommentAsync(string body, int? expectedVersion = null);
}
