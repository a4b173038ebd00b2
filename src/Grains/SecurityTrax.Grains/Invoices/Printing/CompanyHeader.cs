using SecurityTrax.Tenants;

namespace SecurityTrax.Invoices.Printing;

/// <summary>The company block of a printed document: the legal name when the profile has one, then address, phone, email, website and licences.</summary>
public static class CompanyHeader
{
    public static PrintableParty Party(string companyName, CompanyProfileDetails? profile)
    {
        if (profile is null)
        {
            return new PrintableParty(companyName, []);
        }

        // Alarm dealers must print their licence numbers on what they hand customers; one line each keeps them legible.
        var lines = (profile.Address is null ? Array.Empty<string>() : PrintableInvoices.AddressLines(profile.Address))
            .Concat(new[] { profile.Phone, profile.Email, profile.Website }.OfType<string>())
            .Concat(profile.LicenceNumbers.Select(l => $"Licence {l}"));
        // The phone goes with the contact lines (before the licences), so the block reads address, how to reach us, licences.
        return new PrintableParty(profile.LegalName ?? companyName, [.. lines]);
    }
}
