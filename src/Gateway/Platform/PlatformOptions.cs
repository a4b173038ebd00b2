namespace SecurityTrax.Gateway.Platform;

/// <summary>The <c>Platform</c> section.</summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>Guards the operator endpoints (header <c>X-Operator-Key</c>); without it they are closed.</summary>
    public string? OperatorKey { get; set; }
}
