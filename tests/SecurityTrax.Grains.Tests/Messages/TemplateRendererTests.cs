using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Messages;
using SecurityTrax.Messages.Templates;
using SecurityTrax.Tenants;

namespace SecurityTrax.Grains.Tests.Messages;

public sealed class TemplateRendererTests
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    private static Dictionary<string, string> Fields(string firstName = "Ann", decimal balance = 1234.5m, string culture = "en-US")
    {
        var profile = new CustomerProfile(
            firstName, "Lee", null, new Address("1 Main St", null, "Denver", "CO", "80202"), null,
            [new Phone("mobile", "+13035550100")], "ann@example.com", null, null, 0m, false, 39.99m, false);
        var customer = new CustomerDetails(
            1042, CustomerStage.Customer, $"{firstName} Lee", profile, null, null, false, [], [], DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch, null, 1);
        var settings = new TenantSettingsDetails("acme", "Acme Alarm", "America/Denver", culture, true, 1, null);
        var now = new DateTimeOffset(2027, 1, 1, 3, 0, 0, TimeSpan.Zero); // still Dec 31 in Denver
        return MessageFields.For(customer, settings, now, balance, new DateTimeOffset(2027, 1, 5, 17, 30, 0, TimeSpan.Zero), null);
    }

    private static RenderedMessage Email(string html, Dictionary<string, string>? fields = null, CultureInfo? culture = null) =>
        TemplateRenderer.Render(MessageChannel.Email, "Hi {{ customer.first_name }}", html, null, true, fields ?? Fields(), culture ?? UnitedStates);

    [Fact]
    public void MergeFieldsAreFilledFromTheRecord()
    {
        var text = TemplateRenderer.Render(
            MessageChannel.Sms, null, null, "{{ customer.name }} #{{ customer.number }} at {{ customer.service_address }} ({{ company.name }})",
            true, Fields(), UnitedStates).Text;

        Assert.Equal("Ann Lee #1042 at 1 Main St, Denver, CO 80202 (Acme Alarm)", text);
    }

    [Fact]
    public void MoneyAndDatesFollowTheTenantsCultureAndTimeZone()
    {
        var us = TemplateRenderer.Render(MessageChannel.Sms, null, null, "{{ customer.balance_due }} {{ today }} | {{ customer.next_appointment }}", true, Fields(), UnitedStates).Text;
        var french = TemplateRenderer.Render(
            MessageChannel.Sms, null, null, "{{ customer.balance_due }}", true, Fields(culture: "fr-FR"), CultureInfo.GetCultureInfo("fr-FR")).Text;

        Assert.Equal("$1,234.50 Thursday, December 31, 2026 | Tuesday, January 5, 2027 10:30\u202fAM", us);
        Assert.Equal("1\u202f234,50 €", french);
    }

    [Fact]
    public void UnknownMergeFieldsAreRefusedWhenSaving()
    {
        var errors = new List<FieldError>();
        TemplateRenderer.Validate("htmlBody", "Hello {{ customer.first_name }} {{ customer.password }} {{ secret }}", true, errors);

        var error = Assert.Single(errors);
        Assert.Equal("htmlBody", error.Field);
        Assert.Contains("customer.password", error.Reason, StringComparison.Ordinal);
        Assert.Contains("secret", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VariablesTheTemplateDefinesItselfAreAllowed()
    {
        var errors = new List<FieldError>();
        TemplateRenderer.Validate(
            "textBody", "{% assign greeting = 'Hi' %}{% for i in (1..2) %}{{ i }}{{ forloop.index }}{% endfor %}{{ greeting }} {{ customer.first_name.size }}",
            true, errors);

        Assert.Empty(errors);
    }

    [Fact]
    public void SyntaxErrorsAreRefusedWhenSaving()
    {
        var errors = new List<FieldError>();
        TemplateRenderer.Validate("subject", "Hello {{ customer.first_name ", true, errors);

        Assert.StartsWith("The template does not parse", Assert.Single(errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void StaticTemplatesAreNotParsed()
    {
        var errors = new List<FieldError>();
        TemplateRenderer.Validate("textBody", "Braces {{ stay }} as written", false, errors);
        var text = TemplateRenderer.Render(MessageChannel.Sms, null, null, "Braces {{ stay }} as written", false, Fields(), UnitedStates).Text;

        Assert.Empty(errors);
        Assert.Equal("Braces {{ stay }} as written", text);
    }

    [Fact]
    public void MergedValuesAreHtmlEncodedEvenThroughRaw()
    {
        var fields = Fields(firstName: "<script>alert(1)</script>");

        var html = Email("<p>{{ customer.first_name }}</p><p>{{ customer.first_name | raw }}</p>", fields).Html;

        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", html);
    }

    [Fact]
    public void TheSubjectAndPlainTextAreNotHtmlEncoded()
    {
        var fields = Fields(firstName: "Tom & Jerry");

        var message = Email("<p>Dear {{ customer.first_name }},</p><p>Thanks</p>", fields);

        Assert.Equal("Hi Tom & Jerry", message.Subject);
        Assert.Equal("<p>Dear Tom &amp; Jerry,</p><p>Thanks</p>", message.Html);
        Assert.Equal("Dear Tom & Jerry,\nThanks", message.Text);
    }

    [Fact]
    public void ARunawayLoopHitsTheStepLimit()
    {
        var errors = new List<FieldError>();
        TemplateRenderer.Validate("textBody", "{% for i in (1..1000000) %}x{% endfor %}", true, errors);

        Assert.Contains("too much work", Assert.Single(errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheDictionaryIsReachable()
    {
        // No object graph: members of the .NET types behind the values are invisible.
        var text = TemplateRenderer.Render(
            MessageChannel.Sms, null, null, "[{{ customer.first_name.Length }}][{{ customer.GetType }}][{{ customer.Count }}]",
            true, Fields(), UnitedStates);

        Assert.Equal("[][][]", text.Text);
    }

    [Fact]
    public void TemplatesCannotIncludeFiles()
    {
        var errors = new List<FieldError>();
        TemplateRenderer.Validate("htmlBody", "{% include 'appsettings.json' %}", true, errors);

        Assert.Equal("Templates cannot include or render other files.", Assert.Single(errors).Reason);
    }
}
