using SecurityTrax.Customers;

namespace SecurityTrax.Tenants;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CompanyProfileState
{
    public string? LegalName { get; set; }

    public Address? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public List<string> LicenceNumbers { get; set; } = [];

    public string? LogoContentType { get; set; }

    public byte[]? Logo { get; set; }

    public int Version { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}
