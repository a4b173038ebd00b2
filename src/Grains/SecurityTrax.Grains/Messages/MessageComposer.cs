using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Messages.Templates;
using SecurityTrax.Scheduling;
using SecurityTrax.Tenants;

namespace SecurityTrax.Messages;

/// <summary>Gathers a recipient's merge fields and renders templates with them.</summary>
public static class MessageComposer
{
    public sealed record Recipient(CustomerDetails Customer, Dictionary<string, string> Values, CultureInfo Culture);

    public static async Task<Recipient> FieldsAsync(
        IGrainFactory grains, string tenant, long customerId, DateTimeOffset now, IReadOnlyDictionary<string, string>? extra)
    {
        var customer = grains.GetGrain<ICustomerGrain>(GrainKeys.For(tenant, customerId.ToString(CultureInfo.InvariantCulture))).GetAsync(false);
        var settings = grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(tenant, ITenantSettingsGrain.Id)).GetAsync();
        var balance = grains.GetGrain<IInvoiceQueryGrain>(GrainKeys.For(tenant, IInvoiceQueryGrain.Id)).BalanceAsync(customerId);
        var company = grains.GetGrain<ICompanyProfileGrain>(GrainKeys.For(tenant, ICompanyProfileGrain.Id)).GetAsync();
        var next = grains.GetGrain<IAppointmentQueryGrain>(GrainKeys.For(tenant, IAppointmentQueryGrain.Id)).NextForCustomerAsync(customerId, now);
        await Task.WhenAll(customer, settings, balance, company, next);

        var values = MessageFields.For(await customer, await settings, now, (await balance).Balance, await next, extra, await company);
        return new Recipient(await customer, values, CultureInfo.GetCultureInfo((await settings).Culture));
    }

    public static RenderedMessage Render(MessageChannel channel, TemplateDetails template, IReadOnlyDictionary<string, string> values, CultureInfo culture) =>
        TemplateRenderer.Render(channel, template.Subject, template.HtmlBody, template.TextBody, template.IsDynamic, values, culture);

    /// <summary>The template a send names, a system kind's or the company's own; null for a one-off message.</summary>
    public static async Task<TemplateDetails?> TemplateOfAsync(IGrainFactory grains, string tenant, SendMessage message)
    {
        var templates = grains.GetGrain<IMessageTemplateGrain>(GrainKeys.For(tenant, IMessageTemplateGrain.Id));
        return message.SystemKind is { } kind ? await templates.GetSystemAsync(kind)
            : message.TemplateId is { } id ? await CompanyTemplateAsync(templates, id) ?? throw SecurityTraxException.Invalid("templateId", NoSuchTemplate(id))
            : null;
    }

    /// <summary>A company template named in a request body; null when there is none of that id (a bad field, not a missing resource).</summary>
    public static async Task<TemplateDetails?> CompanyTemplateAsync(IMessageTemplateGrain templates, int templateId)
    {
        try
        {
            return await templates.GetAsync(templateId);
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }

    public static string NoSuchTemplate(int templateId) => $"Template {templateId} is not a template of this company.";
}
