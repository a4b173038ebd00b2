using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>A new contact as typed: a person for emergencies, or the police, fire or medical agency.</summary>
public sealed class ContactForm
{
    public string Type { get; set; } = "emergency";
    public string? Name { get; set; }
    public string? Relationship { get; set; }
    public string PhoneKind { get; set; } = "mobile";
    public string? Phone { get; set; }
    public string? AgencyName { get; set; }
    public string? PermitNumber { get; set; }
    public string? Note { get; set; }

    public bool IsAgency => Type != "emergency";

    public ContactInput ToInput() => new(
        Type,
        AddressForm.Clean(Name),
        IsAgency ? null : AddressForm.Clean(Relationship),
        string.IsNullOrWhiteSpace(Phone) ? [] : [new Phone(PhoneKind, Phone.Trim())],
        AddressForm.Clean(Note),
        IsAgency ? AddressForm.Clean(AgencyName) : null,
        IsAgency ? AddressForm.Clean(PermitNumber) : null);
}
