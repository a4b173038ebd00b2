using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Tenants;

/// <summary>Checks and cleans the company profile; each problem is a field error named as the JSON body names it.</summary>
public static class CompanyProfileRules
{
    public const int MaxLicences = 10;

    public static CompanyProfileInput Clean(CompanyProfileInput input, List<FieldError> errors)
    {
        var phone = FieldChecks.Text(errors, "phone", input.Phone, 30);
        var normalized = phone is null ? null : FieldChecks.NormalizePhone(phone);
        if (phone is not null && normalized is null)
        {
            errors.Add(new FieldError("phone", $"'{phone}' is not a phone number."));
        }

        var website = FieldChecks.Text(errors, "website", input.Website, 200);
        if (website is not null && (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(new FieldError("website", $"'{website}' is not an http or https address."));
        }

        var licences = input.LicenceNumbers ?? [];
        if (licences.Length > MaxLicences)
        {
            errors.Add(new FieldError("licenceNumbers", $"At most {MaxLicences} licence numbers."));
        }

        var cleanLicences = licences.Select((l, i) => FieldChecks.Text(errors, $"licenceNumbers[{i}]", l, 80, required: true) ?? "").ToArray();
        return new CompanyProfileInput(
            FieldChecks.Text(errors, "legalName", input.LegalName, 200),
            FieldChecks.Address(errors, "address", input.Address),
            normalized,
            FieldChecks.Email(errors, "email", input.Email),
            website,
            cleanLicences);
    }

    /// <summary>The image type read from the first bytes (PNG or JPEG signature), whatever the client called it.</summary>
    public static string? ImageType(byte[] content) => content switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };
}
