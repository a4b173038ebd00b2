namespace SecurityTrax.Web.Api;

/// <summary>An emergency contact or agency; <see cref="ETag"/> is its own version (the order takes the customer's).</summary>
public sealed record Contact(
    int Id, int Priority, string Type, string Name, string? Relationship, Phone[] Phones, string? Note, string? AgencyName, string? PermitNumber, string ETag);
