using SecurityTrax.Identity;

namespace SecurityTrax.Tickets;

/// <summary>Note lists and ticket queues from the read model; key <c>{tenant}/note-queries</c>.</summary>
[Alias("SecurityTrax.INoteQueryGrain")]
public interface INoteQueryGrain : ITenantGrain
{
    public const string Id = "note-queries";

    [Alias("ForCustomer")]
    Task<NotePage> ForCustomerAsync(long customerId, string? cursor, int limit);

    [Alias("Queue")]
    Task<NotePage> QueueAsync(TicketQueueQuery query);
}
