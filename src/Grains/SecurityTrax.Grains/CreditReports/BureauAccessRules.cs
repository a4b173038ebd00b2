using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.CreditReports;

/// <summary>Checks a bureau request: a known bureau and a real permissible-purpose statement.</summary>
public static class BureauAccessRules
{
    public const int PurposeMinLength = 20;
    public const int PurposeMaxLength = 2000;

    public static (string Bureau, string Purpose) Check(string? bureau, string? purpose)
    {
        var errors = new List<FieldError>();
        var code = bureau?.Trim().ToLowerInvariant();
        if (!CreditBureaus.IsKnown(code))
        {
            errors.Add(new FieldError("bureau", $"Use one of {string.Join(", ", CreditBureaus.Names.Keys)}."));
        }

        var text = FieldChecks.Text(errors, "permissiblePurpose", purpose, PurposeMaxLength, required: true);
        if (text is not null && text.Length < PurposeMinLength)
        {
            // The statement is what the bureau audits the company against; a word or two does not say why it pulls.
            errors.Add(new FieldError("permissiblePurpose", $"Say why the company pulls credit reports (at least {PurposeMinLength} characters)."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        return (code!, text!);
    }
}
