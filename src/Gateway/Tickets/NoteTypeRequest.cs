using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tickets;

public sealed record NoteTypeRequest([property: Required] string? Name);
