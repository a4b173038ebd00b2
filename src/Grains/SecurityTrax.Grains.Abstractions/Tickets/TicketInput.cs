namespace SecurityTrax.Tickets;

/// <summary>What makes a note a ticket: who follows it up, by when, how urgently.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TicketInput")]
public sealed record TicketInput(
    [property: Id(0)] string AssigneeId,
    [property: Id(1)] DateOnly? Due,
    [property: Id(2)] TicketPriority Priority);
