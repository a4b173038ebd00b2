namespace SecurityTrax.Gateway.Hosting;

/// <summary>No silo can answer this call now: the gateway has no connection to the cluster, or lost it while waiting.</summary>
public sealed class ClusterUnavailableException(string message) : Exception(message);
