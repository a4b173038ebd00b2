namespace SecurityTrax.Gateway.Security;

/// <summary>The <c>ForwardedHeaders</c> section: off unless the gateway runs behind a proxy named here.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Read <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the proxies below; nobody else is believed.</summary>
    public bool Enabled { get; set; }

    /// <summary>Proxy addresses, such as <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, such as <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to walk back through (<c>X-Forwarded-For</c> entries from the right).</summary>
    public int ForwardLimit { get; set; } = 1;
}
