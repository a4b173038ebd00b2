using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary><c>/v1/payment_intents</c>: create (optionally confirming at once, off-session), retrieve and cancel.</summary>
internal sealed class FakeStripePaymentIntents(FakeStripeStore store, FakeStripePaymentMethods methods, FakeStripeCharges charges)
{
    private static readonly string[] Cancellable = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"];
    private static readonly string[] CancellationReasons = ["duplicate", "fraudulent", "requested_by_customer", "abandoned"];

    public FakeStripeResponse Retrieve(FakeStripeCall call) =>
        FakeStripeResponse.Ok(store.Get(call.Account, call.Id!, "payment_intent", "intent"));

    /// <summary>
    /// Cancels an intent that has not succeeded (a processing bank debit included, its pending charge fails);
    /// a succeeded or cancelled one is refused with <c>payment_intent_unexpected_state</c>, as Stripe does.
    /// </summary>
    public FakeStripeResponse Cancel(FakeStripeCall call)
    {
        var intent = store.Get(call.Account, call.Id!, "payment_intent", "intent");
        var status = (string)intent["status"]!;
        if (!Cancellable.Contains(status))
        {
            throw FakeStripeErrors.Invalid(
                $"You cannot cancel this PaymentIntent because it has a status of {status}. Only a PaymentIntent with one of the following statuses may be canceled: {string.Join(", ", Cancellable)}.",
                code: "payment_intent_unexpected_state");
        }

        var reason = call.Form.Text("cancellation_reason");
        if (reason is not null && !CancellationReasons.Contains(reason))
        {
            throw FakeStripeErrors.Invalid($"Invalid cancellation_reason: must be one of {string.Join(", ", CancellationReasons)}", "cancellation_reason");
        }

        if (intent["latest_charge"] is { } chargeId && store.Find((string)chargeId!) is { } charge && (string?)charge.Json["status"] == "pending")
        {
            charge.Json["status"] = "failed";
        }

        intent["status"] = "canceled";
        intent["canceled_at"] = store.Now;
        intent["cancellation_reason"] = reason;
        return FakeStripeResponse.Ok(intent);
    }

    public FakeStripeResponse Create(FakeStripeCall call)
    {
        var form = call.Form;
        var amount = form.Integer("amount") ?? throw FakeStripeErrors.MissingParameter("amount");
        var currency = form.Required("currency").ToLowerInvariant();
        if (amount < 50)
        {
            throw FakeStripeErrors.Invalid($"Amount must be at least $0.50 {currency}", "amount", "amount_too_small");
        }

        var customer = form.Text("customer");
        if (customer is not null)
        {
            store.Get(call.Account, customer, "customer", "customer");
        }

        var confirm = form.Flag("confirm");
        var offSession = form.Flag("off_session");
        if (offSession && !confirm)
        {
            throw FakeStripeErrors.Invalid("off_session can only be used when confirm=true.", "off_session");
        }

        var methodId = form.Text("payment_method");
        if (methodId is null && confirm)
        {
            throw FakeStripeErrors.Invalid(
                "You cannot confirm this PaymentIntent because it's missing a payment method.", "payment_method", "payment_intent_unexpected_state");
        }

        (JsonObject Json, FakeStripeTestMethod Behaviour)? method = methodId is null ? null : methods.Resolve(call, methodId, "payment_method");
        if (method?.Json["customer"] is { } owner && (string?)owner != customer)
        {
            throw FakeStripeErrors.Invalid("The provided PaymentMethod belongs to another Customer; pass that customer.", "payment_method");
        }

        var id = store.NextId("pi");
        var types = form.PaymentMethodTypes(method?.Behaviour.Type ?? "card");
        var intent = store.Add(call, new JsonObject
        {
            ["id"] = id,
            ["object"] = "payment_intent",
            ["allowed_payment_method_types"] = types.DeepClone(),
            ["amount"] = amount,
            ["amount_capturable"] = 0L,
            ["amount_received"] = 0L,
            ["capture_method"] = "automatic_async",
            ["client_secret"] = FakeStripeStore.NewSecret(id),
            ["confirmation_method"] = "automatic",
            ["created"] = store.Now,
            ["currency"] = currency,
            ["customer"] = customer,
            ["description"] = form.Text("description"),
            ["last_payment_error"] = null,
            ["latest_charge"] = null,
            ["livemode"] = false,
            ["metadata"] = form.Metadata(),
            ["next_action"] = null,
            ["payment_method"] = method?.Json["id"]?.DeepClone(),
            ["payment_method_types"] = types,
            ["setup_future_usage"] = form.Text("setup_future_usage"),
            ["status"] = method is null ? "requires_payment_method" : "requires_confirmation",
        });
        return confirm ? Confirm(call, intent, method!.Value.Json, method.Value.Behaviour, offSession) : FakeStripeResponse.Ok(intent);
    }

    /// <summary>
    /// What Stripe.js does when the customer confirms an intent in the browser with a test method: the customer is
    /// present, so a card that asks for 3-D Secure is authenticated and charged. Answers the intent (a declined card
    /// leaves it waiting for another method, with <c>last_payment_error</c>); an intent that can no longer be
    /// confirmed (cancelled, succeeded) throws, as Stripe.js shows an error then.
    /// </summary>
    public JsonObject ConfirmInBrowser(string account, JsonObject intent, string testPaymentMethod)
    {
        if ((string?)intent["status"] is not ("requires_payment_method" or "requires_confirmation" or "requires_action"))
        {
            throw new InvalidOperationException($"This PaymentIntent's status is {(string?)intent["status"]}; it cannot be confirmed.");
        }

        var (method, behaviour) = methods.Resolve(account, null, testPaymentMethod, "payment_method");
        if (intent["setup_future_usage"] is not null)
        {
            method["customer"] = intent["customer"]?.DeepClone();
        }

        intent["payment_method"] = method["id"]!.DeepClone();
        intent["last_payment_error"] = null;
        var call = new FakeStripeCall(account, null, (string)intent["id"]!, FakeStripeForm.Parse(""));
        var authenticated = behaviour.Outcome == FakeStripeOutcome.RequiresAuthentication ? behaviour with { Outcome = FakeStripeOutcome.Succeeds } : behaviour;
        Confirm(call, intent, method, authenticated, offSession: false);
        return intent;
    }

    private FakeStripeResponse Confirm(FakeStripeCall call, JsonObject intent, JsonObject method, FakeStripeTestMethod behaviour, bool offSession)
    {
        switch (behaviour.Outcome)
        {
            case FakeStripeOutcome.Succeeds:
                intent["latest_charge"] = charges.Create(call, intent, method, "succeeded", error: null)["id"]!.DeepClone();
                intent["status"] = "succeeded";
                intent["amount_received"] = intent["amount"]!.DeepClone();
                return FakeStripeResponse.Ok(intent);
            case FakeStripeOutcome.Processing:
                intent["latest_charge"] = charges.Create(call, intent, method, "pending", error: null)["id"]!.DeepClone();
                intent["status"] = "processing";
                return FakeStripeResponse.Ok(intent);
            case FakeStripeOutcome.RequiresAuthentication when !offSession:
                // On session the customer can authenticate: Stripe.js handles the next action.
                intent["status"] = "requires_action";
                intent["next_action"] = new JsonObject { ["type"] = "use_stripe_sdk", ["use_stripe_sdk"] = new JsonObject() };
                return FakeStripeResponse.Ok(intent);
            default:
                return Decline(call, intent, method, behaviour);
        }
    }

    // A failed attempt leaves the intent waiting for another payment method; the 402 carries the intent.
    private FakeStripeResponse Decline(FakeStripeCall call, JsonObject intent, JsonObject method, FakeStripeTestMethod behaviour)
    {
        var preview = FakeStripeErrors.CardError(behaviour, method, chargeId: null);
        var charge = charges.Create(call, intent, method, "failed", preview);
        var error = FakeStripeErrors.CardError(behaviour, method, (string)charge["id"]!);
        intent["latest_charge"] = charge["id"]!.DeepClone();
        intent["last_payment_error"] = error.DeepClone();
        intent["payment_method"] = null;
        intent["status"] = "requires_payment_method";
        error["payment_intent"] = intent.DeepClone();
        return FakeStripeErrors.Error(402, error);
    }
}
