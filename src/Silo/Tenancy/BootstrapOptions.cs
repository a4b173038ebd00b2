namespace SecurityTrax.Silo.Tenancy;

/// <summary>The <c>Bootstrap</c> section: the tenant and admin created on the first start of an empty database.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string Tenant { get; set; } = "demo";

    public string CompanyName { get; set; } = "Demo Security";

    public string AdminUserName { get; set; } = "admin";

    /// <summary>When empty, a password is generated and printed once.</summary>
    public string? AdminPassword { get; set; }
}
