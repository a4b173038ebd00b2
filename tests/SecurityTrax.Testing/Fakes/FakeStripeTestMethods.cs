using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>The test payment methods the fake knows, named and behaving like Stripe's.</summary>
public static class FakeStripeTestMethods
{
    public static readonly FakeStripeTestMethod Visa = Card("pm_card_visa", "visa", "4242", FakeStripeOutcome.Succeeds);
    public static readonly FakeStripeTestMethod Mastercard = Card("pm_card_mastercard", "mastercard", "4444", FakeStripeOutcome.Succeeds);
    public static readonly FakeStripeTestMethod Amex = Card("pm_card_amex", "amex", "8431", FakeStripeOutcome.Succeeds);

    /// <summary>Declined with <c>generic_decline</c>; like Stripe's 4000 0000 0000 0002 it is also declined when attached to a customer.</summary>
    public static readonly FakeStripeTestMethod ChargeDeclined =
        Card("pm_card_chargeDeclined", "visa", "0002", FakeStripeOutcome.Declines) with { DeclinesOnAttach = true };

    public static readonly FakeStripeTestMethod InsufficientFunds =
        Card("pm_card_chargeDeclinedInsufficientFunds", "visa", "9995", FakeStripeOutcome.Declines) with { DeclineCode = "insufficient_funds" };

    /// <summary>Attaches to a customer, then every charge is declined (Stripe's 4000 0000 0000 0341).</summary>
    public static readonly FakeStripeTestMethod ChargeCustomerFail = Card("pm_card_chargeCustomerFail", "visa", "0341", FakeStripeOutcome.Declines);

    /// <summary>Every charge needs 3-D Secure; off-session charges fail with <c>authentication_required</c>.</summary>
    public static readonly FakeStripeTestMethod AuthenticationRequired =
        Card("pm_card_authenticationRequired", "visa", "3184", FakeStripeOutcome.RequiresAuthentication) with { DeclineCode = "authentication_required" };

    public static readonly FakeStripeTestMethod UsBankAccount =
        new("pm_usBankAccount_success", "us_bank_account", null, "6789", "STRIPE TEST BANK", FakeStripeOutcome.Processing);

    private static readonly Dictionary<string, FakeStripeTestMethod> ByToken =
        new[] { Visa, Mastercard, Amex, ChargeDeclined, InsufficientFunds, ChargeCustomerFail, AuthenticationRequired, UsBankAccount }
            .ToDictionary(m => m.Token, StringComparer.Ordinal);

    public static IReadOnlyCollection<FakeStripeTestMethod> All => ByToken.Values;

    public static FakeStripeTestMethod? Find(string token) => ByToken.GetValueOrDefault(token);

    /// <summary>The Stripe <c>payment_method</c> object a token turns into.</summary>
    internal static JsonObject ToPaymentMethod(FakeStripeTestMethod method, string id, long created, int expiryYear)
    {
        var json = new JsonObject
        {
            ["id"] = id,
            ["object"] = "payment_method",
            ["billing_details"] = new JsonObject { ["address"] = null, ["email"] = null, ["name"] = null, ["phone"] = null },
            ["created"] = created,
            ["customer"] = null,
            ["livemode"] = false,
            ["metadata"] = new JsonObject(),
            ["type"] = method.Type,
        };
        json[method.Type] = method.Type == "card"
            ? new JsonObject
            {
                ["brand"] = method.Brand,
                ["country"] = "US",
                ["exp_month"] = 12,
                ["exp_year"] = expiryYear,
                ["fingerprint"] = "fp" + method.Last4 + method.Brand,
                ["funding"] = "credit",
                ["last4"] = method.Last4,
            }
            : new JsonObject
            {
                ["account_holder_type"] = "individual",
                ["account_type"] = "checking",
                ["bank_name"] = method.BankName,
                ["fingerprint"] = "fp" + method.Last4 + "bank",
                ["last4"] = method.Last4,
                ["routing_number"] = "110000000",
            };
        return json;
    }

    private static FakeStripeTestMethod Card(string token, string brand, string last4, FakeStripeOutcome outcome) =>
        new(token, "card", brand, last4, null, outcome);
}
