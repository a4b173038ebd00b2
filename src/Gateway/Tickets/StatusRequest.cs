using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tickets;

public sealed record StatusRequest([property: Required] SecurityTrax.Tickets.TicketStatus? Status);
