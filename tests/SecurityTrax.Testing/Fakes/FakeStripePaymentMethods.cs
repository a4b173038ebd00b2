using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary><c>/v1/payment_methods</c>: test tokens turn into payment method objects, which attach to customers.</summary>
internal sealed class FakeStripePaymentMethods(FakeStripeStore store)
{
    private readonly Dictionary<string, FakeStripeTestMethod> _behaviour = new(StringComparer.Ordinal);

    public FakeStripeResponse Retrieve(FakeStripeCall call) => FakeStripeResponse.Ok(Resolve(call, call.Id!, "id").Json);

    public FakeStripeResponse Attach(FakeStripeCall call)
    {
        var customer = call.Form.Required("customer");
        store.Get(call.Account, customer, "customer", "customer");
        var (json, behaviour) = Resolve(call, call.Id!, "payment_method");
        if (behaviour.DeclinesOnAttach)
        {
            // Attaching a card checks it with the issuer; Stripe's always-declined test card fails here.
            var error = FakeStripeErrors.CardError(behaviour, json, chargeId: null);
            error.Remove("payment_method");
            return FakeStripeErrors.Error(402, error);
        }

        var owner = (string?)json["customer"];
        if (owner is not null && owner != customer)
        {
            throw FakeStripeErrors.Invalid("The payment method you provided has already been attached to a customer.", "payment_method");
        }

        json["customer"] = customer;
        return FakeStripeResponse.Ok(json);
    }

    /// <summary>A stored payment method of the account, or a new one made from a test token such as <c>pm_card_visa</c>.</summary>
    public (JsonObject Json, FakeStripeTestMethod Behaviour) Resolve(FakeStripeCall call, string id, string param) =>
        Resolve(call.Account, call.IdempotencyKey, id, param);

    public (JsonObject Json, FakeStripeTestMethod Behaviour) Resolve(string account, string? idempotencyKey, string id, string param)
    {
        if (FakeStripeTestMethods.Find(id) is { } test)
        {
            var created = FakeStripeTestMethods.ToPaymentMethod(test, FakeStripeStore.NewId("pm"), store.Now, store.CardExpiryYear);
            _behaviour.Add((string)created["id"]!, test);
            return (store.Add(account, idempotencyKey, created), test);
        }

        var json = store.Get(account, id, "payment_method", param);
        return (json, _behaviour[id]);
    }
}
