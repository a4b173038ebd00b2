using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Hosting;

/// <summary>The <c>Cluster</c> configuration section of the gateway (an Orleans client).</summary>
public sealed class GatewayOrleansOptions
{
    // Not "Orleans": Orleans reads that section itself.
    public const string Section = "Cluster";

    /// <summary>The installation's own cluster id, the one its silos use; there is no default.</summary>
    [Required(ErrorMessage = "is required: set the cluster id of this installation's silos (environment variable Cluster__ClusterId)")]
    public string ClusterId { get; set; } = "";

    [Required]
    public string ServiceId { get; set; } = "securitytrax";

    /// <summary><c>Localhost</c> (one silo on this machine) or <c>AdoNet</c> (membership table in PostgreSQL).</summary>
    [RegularExpression("^(Localhost|AdoNet)$")]
    public string Membership { get; set; } = "Localhost";

    /// <summary>The silo's client gateway port, in Localhost mode.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>How long to keep trying to reach a silo at start-up before giving up.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ConnectRetryWindow { get; set; } = TimeSpan.FromSeconds(60);
}
