namespace SecurityTrax.Portal;

/// <summary>Which customer's link a token is; stored as JSON. Whether it is still active is the customer's pay links' to say.</summary>
public sealed class PayLinkState
{
    public long CustomerId { get; set; }

    public int Number { get; set; }
}
