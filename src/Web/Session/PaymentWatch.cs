namespace SecurityTrax.Web.Session;

/// <summary>
/// How long and how often a screen asks the API about a payment whose outcome is still coming (a card charge in
/// flight). Polling with a deadline, until live hub updates call the same refresh.
/// </summary>
public static class PaymentWatch
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    /// <summary>Past this the screen stops asking and says the outcome is pending; a reload asks again.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
}
