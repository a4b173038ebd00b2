namespace SecurityTrax.Tickets;

public enum TicketStatus
{
    Open = 0,
    InProgress = 1,
    Closed = 2,
}
