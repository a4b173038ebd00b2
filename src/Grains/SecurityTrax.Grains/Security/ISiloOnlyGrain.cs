namespace SecurityTrax.Security;

/// <summary>
/// Marks a grain interface whose methods only silo code may call (they return secrets in clear); the silo refuses such
/// calls from clients even if a client had the interface.
/// </summary>
public interface ISiloOnlyGrain : IAddressable;
