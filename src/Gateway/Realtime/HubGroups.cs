namespace SecurityTrax.Gateway.Realtime;

/// <summary>SignalR group names. A group per user avoids scanning every connection on each send.</summary>
public static class HubGroups
{
    public static string User(string tenant, string userId) => $"user:{tenant}/{userId}";

    public static string Customer(string tenant, long customerId) => $"customer:{tenant}/{customerId}";
}
