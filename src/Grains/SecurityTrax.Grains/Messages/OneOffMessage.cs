using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Messages.Templates;

namespace SecurityTrax.Messages;

/// <summary>Checks a message typed for one recipient (no template); its text is sent as written.</summary>
public static class OneOffMessage
{
    public static RenderedMessage? Check(MessageChannel channel, SendMessage message, List<FieldError> errors)
    {
        if (!Enum.IsDefined(channel))
        {
            errors.Add(new FieldError("channel", "Use email or sms."));
            return null;
        }

        var text = string.IsNullOrWhiteSpace(message.TextBody) ? null : message.TextBody.Trim();
        var html = string.IsNullOrWhiteSpace(message.HtmlBody) ? null : message.HtmlBody;
        FieldChecks.NoCardNumber(errors, "subject", message.Subject);
        FieldChecks.NoCardNumber(errors, "htmlBody", html);
        FieldChecks.NoCardNumber(errors, "textBody", text);
        if (channel == MessageChannel.Sms)
        {
            if (text is null || text.Length > TemplateRenderer.MaxSmsLength)
            {
                errors.Add(new FieldError("textBody", $"A text of 1 to {TemplateRenderer.MaxSmsLength} characters is required."));
            }

            return new RenderedMessage(null, null, text ?? "");
        }

        var subject = message.Subject?.Trim();
        if (string.IsNullOrEmpty(subject) || subject.Length > TemplateRenderer.MaxSubjectLength)
        {
            errors.Add(new FieldError("subject", $"A subject of 1 to {TemplateRenderer.MaxSubjectLength} characters is required."));
        }

        if (text is null && html is null)
        {
            errors.Add(new FieldError("textBody", "Write the message (plain text, HTML, or both)."));
        }

        return new RenderedMessage(subject, html, text ?? PlainText.FromHtml(html ?? ""));
    }
}
