using SecurityTrax.Customers;

namespace SecurityTrax.Gateway.Customers;

/// <summary>One contact; <see cref="ETag"/> is what If-Match takes to change or remove it (the order takes the customer's).</summary>
public sealed record ContactResponse(
    int Id, int Priority, ContactType Type, string Name, string? Relationship, PhoneDto[] Phones, string? Note,
    string? AgencyName, string? PermitNumber, string ETag)
{
    public static ContactResponse From(ContactDetails c) => new(
        c.Id, c.Priority, c.Contact.Type, c.Contact.Name, c.Contact.Relationship, [.. c.Contact.Phones.Select(PhoneDto.From)],
        c.Contact.Note, c.Contact.AgencyName, c.Contact.PermitNumber, Http.ETags.Format(c.Version));
}
