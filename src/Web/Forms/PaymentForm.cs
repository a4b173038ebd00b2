using System.Globalization;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>
/// A new payment as typed: how it is paid (a saved billing method's id, or cash/check/other), when, and how much goes
/// to which open invoice. Kept apart from the API's answer so a refusal keeps everything typed.
/// </summary>
public sealed class PaymentForm
{
    public const string Now = "now";
    public const string OnDate = "date";
    public const string Later = "later";

    public string Type { get; set; } = "sale";

    /// <summary>A billing method's id, or <c>cash</c>, <c>check</c>, <c>other</c>.</summary>
    public string Method { get; set; } = "cash";
    public string? Amount { get; set; }
    public string When { get; set; } = Now;
    public string? PostingDate { get; set; }
    public string? Reference { get; set; }
    public bool EmailReceipt { get; set; }
    public string? ReceiptTo { get; set; }

    /// <summary>Typed amounts per open invoice id; empty means "not applied to it".</summary>
    public Dictionary<long, string?> Applied { get; } = [];

    public static bool IsManual(string method) => method is "cash" or "check" or "other";

    /// <summary>The request, or the fields that are not numbers (named as the API names them, so they sit next to their inputs).</summary>
    public (NewPayment? Payment, Problem? Problem) ToRequest()
    {
        var errors = new Dictionary<string, string[]>();
        var amount = TypedMoney.Read(Amount, "amount", errors);
        var applications = new List<PaymentApplicationInput>();
        foreach (var (invoiceId, text) in Applied.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
        {
            applications.Add(new PaymentApplicationInput(invoiceId, TypedMoney.Read(text, FieldOf(invoiceId), errors)));
        }

        var manual = IsManual(Method);
        long? methodId = !manual && long.TryParse(Method, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        var payment = new NewPayment(
            Type, amount, methodId, manual ? Method : null, When == OnDate ? AddressForm.Clean(PostingDate) ?? "" : null, AddressForm.Clean(Reference),
            EmailReceipt, EmailReceipt ? AddressForm.Clean(ReceiptTo) : null, [.. applications], manual || When != Later ? null : false);
        return errors.Count > 0 ? (null, new Problem(null, "One or more fields are invalid.", 400, null, errors)) : (payment, null);
    }

    /// <summary>The input of an invoice's amount: <c>invoices[1042].amount</c> rather than its place in the request.</summary>
    public static string FieldOf(long invoiceId) => $"invoices[{invoiceId}].amount";

    /// <summary>The API names applications by their place in the request; the form names them by invoice, so every reason about one sits by its amount.</summary>
    public Problem? ByInvoice(Problem? problem)
    {
        if (problem?.Errors is not { } errors)
        {
            return problem;
        }

        var sent = Sent;
        string Rename(string key) =>
            key.StartsWith("applications[", StringComparison.Ordinal)
            && int.TryParse(key.AsSpan("applications[".Length, Math.Max(0, key.IndexOf(']', StringComparison.Ordinal) - "applications[".Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && i < sent.Count
                ? FieldOf(sent[i])
                : key;
        return problem with { Errors = errors.GroupBy(e => Rename(e.Key)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()) };
    }

    // The invoices in the order the request lists them.
    private List<long> Sent => [.. Applied.Where(a => !string.IsNullOrWhiteSpace(a.Value)).Select(a => a.Key)];
}
