using SecurityTrax.Customers;

namespace SecurityTrax.Gateway.Customers;

public sealed record ContactResponse(
    int Id, int Priority, ContactType Type, string Name, string? Relationship, PhoneDto[] Phones, string? Note,
    string? AgencyName, string? PermitNumber)
{
    public static ContactResponse From(ContactDetails c) => new(
        c.Id, c.Priority, c.Contact.Type, c.Contact.Name, c.Contact.Relationship, [.. c.Contact.Phones.Select(PhoneDto.From)],
        c.Contact.Note, c.Contact.AgencyName, c.Contact.PermitNumber);
}
