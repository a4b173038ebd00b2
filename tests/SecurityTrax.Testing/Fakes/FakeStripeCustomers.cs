using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary><c>/v1/customers</c> and <c>/v1/setup_intents</c>.</summary>
internal sealed class FakeStripeCustomers(FakeStripeStore store)
{
    public FakeStripeResponse Create(FakeStripeCall call)
    {
        var form = call.Form;
        return FakeStripeResponse.Ok(store.Add(call, new JsonObject
        {
            ["id"] = FakeStripeStore.NewId("cus"),
            ["object"] = "customer",
            ["address"] = null,
            ["balance"] = 0L,
            ["created"] = store.Now,
            ["currency"] = null,
            ["default_source"] = null,
            ["delinquent"] = false,
            ["description"] = form.Text("description"),
            ["email"] = form.Text("email"),
            ["invoice_settings"] = new JsonObject { ["custom_fields"] = null, ["default_payment_method"] = null, ["footer"] = null },
            ["livemode"] = false,
            ["metadata"] = form.Metadata(),
            ["name"] = form.Text("name"),
            ["phone"] = form.Text("phone"),
            ["preferred_locales"] = new JsonArray(),
            ["shipping"] = null,
            ["tax_exempt"] = "none",
        }));
    }

    public FakeStripeResponse Retrieve(FakeStripeCall call) =>
        FakeStripeResponse.Ok(store.Get(call.Account, call.Id!, "customer", "id"));

    /// <summary>The card or bank form of Stripe.js confirms the intent with the client secret; see <see cref="FakeStripeServer.ConfirmSetupIntent"/>.</summary>
    public FakeStripeResponse CreateSetupIntent(FakeStripeCall call)
    {
        var form = call.Form;
        var customer = form.Text("customer");
        if (customer is not null)
        {
            store.Get(call.Account, customer, "customer", "customer");
        }

        var id = FakeStripeStore.NewId("seti");
        var types = form.PaymentMethodTypes("card");
        return FakeStripeResponse.Ok(store.Add(call, new JsonObject
        {
            ["id"] = id,
            ["object"] = "setup_intent",
            ["allowed_payment_method_types"] = types.DeepClone(),
            ["cancellation_reason"] = null,
            ["client_secret"] = FakeStripeStore.NewSecret(id),
            ["created"] = store.Now,
            ["customer"] = customer,
            ["description"] = form.Text("description"),
            ["last_setup_error"] = null,
            ["livemode"] = false,
            ["mandate"] = null,
            ["metadata"] = form.Metadata(),
            ["next_action"] = null,
            ["payment_method"] = null,
            ["payment_method_types"] = types,
            ["status"] = "requires_payment_method",
            ["usage"] = form.Text("usage") ?? "off_session",
        }));
    }

    public FakeStripeResponse RetrieveSetupIntent(FakeStripeCall call) =>
        FakeStripeResponse.Ok(store.Get(call.Account, call.Id!, "setup_intent", "intent"));
}
