using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using SecurityTrax.Errors;

namespace SecurityTrax.Messages.Templates;

/// <summary>Checks and renders user-authored Liquid templates in a sandbox.</summary>
/// <remarks>
/// The sandbox: values come only from a dictionary of pre-formatted strings (no object graph, so no member of any
/// .NET type is reachable), a step limit stops runaway loops, <c>include</c>/<c>render</c> see no files, HTML
/// output is encoded, and <c>raw</c> is redefined to encode too, so merged customer data can never inject markup.
/// </remarks>
public static class TemplateRenderer
{
    public const int MaxSteps = 10_000;
    public const int MaxSubjectLength = 200;
    public const int MaxSmsLength = 1_600;
    public const int MaxBodyLength = 200_000;

    private static readonly FluidParser Parser = new();

    /// <summary>Adds a field error for every part that does not parse, reads an unknown field, or does too much work.</summary>
    public static void Validate(string field, string? source, bool isDynamic, List<FieldError> errors)
    {
        if (!isDynamic || string.IsNullOrEmpty(source))
        {
            return;
        }

        if (!Parser.TryParse(source, out var template, out var error))
        {
            errors.Add(new FieldError(field, $"The template does not parse: {error}"));
            return;
        }

        var unknown = MergeFieldCollector.UnknownFields(template);
        if (unknown.Count > 0)
        {
            errors.Add(new FieldError(field, $"Unknown merge field(s): {string.Join(", ", unknown)}. See the list of merge fields."));
            return;
        }

        try
        {
            RenderPart(template, SampleFields.Value, CultureInfo.InvariantCulture, html: false);
        }
        catch (SecurityTraxException e)
        {
            errors.Add(new FieldError(field, e.Message));
        }
    }

    public static RenderedMessage Render(
        MessageChannel channel, string? subject, string? html, string? text, bool isDynamic,
        IReadOnlyDictionary<string, string> fields, CultureInfo culture)
    {
        string? Part(string? source, bool encodeHtml) =>
            source is null ? null : isDynamic ? RenderPart(Parse(source), fields, culture, encodeHtml) : source;

        var renderedText = Part(text, encodeHtml: false);
        if (channel == MessageChannel.Sms)
        {
            return new RenderedMessage(null, null, renderedText ?? "");
        }

        var renderedHtml = Part(html, encodeHtml: true);
        var renderedSubject = Part(subject, encodeHtml: false)?.ReplaceLineEndings(" ").Trim();
        return new RenderedMessage(renderedSubject, renderedHtml, renderedText ?? PlainText.FromHtml(renderedHtml ?? ""));
    }

    private static IFluidTemplate Parse(string source) =>
        Parser.TryParse(source, out var template, out var error)
            ? template
            : throw SecurityTraxException.Invalid("template", $"The template does not parse: {error}");

    private static string RenderPart(IFluidTemplate template, IReadOnlyDictionary<string, string> fields, CultureInfo culture, bool html)
    {
        var options = new TemplateOptions
        {
            MaxSteps = MaxSteps,
            MaxRecursion = 10,
            CultureInfo = culture,
            FileProvider = new NullFileProvider(),
        };
        options.Filters.AddFilter("raw", static (input, _, _) => new StringValue(input.ToStringValue()));
        var context = new TemplateContext(options);
        foreach (var (name, value) in Nest(fields))
        {
            context.SetValue(name, value);
        }

        try
        {
            var output = html ? template.Render(context, HtmlEncoder.Default) : template.Render(context, NullEncoder.Default);
            return output.Length <= MaxBodyLength
                ? output
                : throw SecurityTraxException.Invalid("template", $"The rendered message is longer than {MaxBodyLength} characters.");
        }
        catch (FileNotFoundException)
        {
            throw SecurityTraxException.Invalid("template", "Templates cannot include or render other files.");
        }
        catch (InvalidOperationException)
        {
            // Fluid reports an exhausted step budget as "maximum level of recursion"; say what it means.
            throw SecurityTraxException.Invalid("template", $"The template does too much work (more than {MaxSteps} steps); simplify its loops.");
        }
    }

    /// <summary>Turns <c>customer.first_name</c> keys into a <c>customer</c> dictionary, the only shape templates see.</summary>
    private static Dictionary<string, object> Nest(IReadOnlyDictionary<string, string> fields)
    {
        var top = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                top[key] = value;
                continue;
            }

            if (top.GetValueOrDefault(key[..dot]) is not Dictionary<string, object> group)
            {
                top[key[..dot]] = group = new Dictionary<string, object>(StringComparer.Ordinal);
            }

            group[key[(dot + 1)..]] = value;
        }

        return top;
    }

    private static readonly Lazy<IReadOnlyDictionary<string, string>> SampleFields =
        new(() => MergeFields.All.Keys.ToDictionary(k => k, k => "sample " + k, StringComparer.Ordinal));
}
