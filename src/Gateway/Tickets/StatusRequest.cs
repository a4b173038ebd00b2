namespace SecurityTrax.Gateway.Tickets;

public sealed record StatusRequest(SecurityTrax.Tickets.TicketStatus? Status);
