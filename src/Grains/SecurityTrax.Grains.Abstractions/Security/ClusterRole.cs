namespace SecurityTrax.Security;

/// <summary>What a certificate of the cluster port may do: be a silo, or be a gateway (an Orleans client of the silos).</summary>
public enum ClusterRole
{
    Silo,
    Gateway,
}
