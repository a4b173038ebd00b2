using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Messages.Templates;

/// <summary>What makes a template valid before it is stored.</summary>
public static class TemplateRules
{
    public const int MaxNameLength = 100;

    public static TemplateInput Normalize(TemplateInput input, IEnumerable<TemplateRecord> others)
    {
        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            errors.Add(new FieldError("name", $"A name of 1 to {MaxNameLength} characters is required."));
        }
        else if (others.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new FieldError("name", $"Another template is named '{name}'."));
        }

        if (!Enum.IsDefined(input.Channel))
        {
            errors.Add(new FieldError("channel", "Use email or sms."));
        }

        var subject = Blank(input.Subject);
        var html = Blank(input.HtmlBody);
        var text = Blank(input.TextBody);
        if (input.Channel == MessageChannel.Email)
        {
            if (subject is null || subject.Length > TemplateRenderer.MaxSubjectLength)
            {
                errors.Add(new FieldError("subject", $"An email needs a subject of at most {TemplateRenderer.MaxSubjectLength} characters."));
            }

            if (html is null && text is null)
            {
                errors.Add(new FieldError("htmlBody", "An email needs an HTML body, a plain-text body, or both."));
            }
        }
        else if (input.Channel == MessageChannel.Sms)
        {
            if (text is null || text.Length > TemplateRenderer.MaxSmsLength)
            {
                errors.Add(new FieldError("textBody", $"An SMS needs a text of at most {TemplateRenderer.MaxSmsLength} characters."));
            }

            if (subject is not null || html is not null)
            {
                errors.Add(new FieldError(subject is not null ? "subject" : "htmlBody", "An SMS has only a text body."));
            }
        }

        FieldChecks.NoCardNumber(errors, "name", name);
        foreach (var (field, source) in new[] { ("subject", subject), ("htmlBody", html), ("textBody", text) })
        {
            FieldChecks.NoCardNumber(errors, field, source);
            if (source is { Length: > TemplateRenderer.MaxBodyLength })
            {
                errors.Add(new FieldError(field, $"At most {TemplateRenderer.MaxBodyLength} characters."));
                continue;
            }

            TemplateRenderer.Validate(field, source, input.IsDynamic, errors);
        }

        SecurityTraxException.ThrowIfAny(errors);
        return new TemplateInput(name, input.Channel, subject, html, text, input.IsDynamic);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
