using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Silo.Hosting;

/// <summary>The <c>Cluster</c> configuration section of a silo.</summary>
public sealed class OrleansHostingOptions
{
    // Not "Orleans": Orleans reads that section itself (Orleans:Clustering:ProviderType and the like).
    public const string Section = "Cluster";

    public const string ClusterIdRequired =
        "is required: set this installation's own cluster id (environment variable Cluster__ClusterId); ./run.sh generates one with its data";

    /// <summary>This installation's own cluster id; no default, so two installations never share one by accident.</summary>
    [Required(ErrorMessage = ClusterIdRequired)]
    public string ClusterId { get; set; } = "";

    [Required]
    public string ServiceId { get; set; } = "securitytrax";

    public ClusteringMode Membership { get; set; } = ClusteringMode.Localhost;

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients use to reach this one: an IP address or a host name.</summary>
    [Required]
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>The address to bind; defaults to the advertised one (0.0.0.0 inside containers).</summary>
    public string? ListenAddress { get; set; }
}
