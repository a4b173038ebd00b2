namespace SecurityTrax.Messages.Delivery;

/// <summary>What a provider call proved about a message.</summary>
public enum DeliveryResult
{
    /// <summary>The provider took the message.</summary>
    Accepted,

    /// <summary>The provider refused it for good (a bad address, an opted-out number).</summary>
    Rejected,

    /// <summary>The provider was not reached or asked us to come back later; nothing went out, so retrying is safe.</summary>
    NotAccepted,

    /// <summary>The call broke after the message may have been handed over; retrying could send it twice.</summary>
    Unknown,
}
