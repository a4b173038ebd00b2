using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tickets;

public sealed record CommentRequest([property: Required] string? Body);
