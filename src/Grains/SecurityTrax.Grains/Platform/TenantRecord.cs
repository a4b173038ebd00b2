namespace SecurityTrax.Platform;

public sealed class TenantRecord
{
    public string Slug { get; set; } = "";

    public string CompanyName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>False while the tenant's settings and first admin are being created.</summary>
    public bool Ready { get; set; }

    public TenantDetails ToDetails() => new(Slug, CompanyName, CreatedAt);
}
