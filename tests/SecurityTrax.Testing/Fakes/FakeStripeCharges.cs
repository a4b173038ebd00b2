using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>The charge objects behind payment intents, and <c>GET /v1/charges/{id}</c>.</summary>
internal sealed class FakeStripeCharges(FakeStripeStore store)
{
    public FakeStripeResponse Retrieve(FakeStripeCall call) =>
        FakeStripeResponse.Ok(store.Get(call.Account, call.Id!, "charge", "id"));

    /// <summary>Records one attempt to move money: <c>succeeded</c>, <c>pending</c> (bank debits) or <c>failed</c>.</summary>
    public JsonObject Create(FakeStripeCall call, JsonObject intent, JsonObject paymentMethod, string status, JsonObject? error)
    {
        var amount = (long)intent["amount"]!;
        var type = (string)paymentMethod["type"]!;
        var details = new JsonObject { ["type"] = type, [type] = paymentMethod[type]!.DeepClone() };
        var succeeded = status == "succeeded";
        return store.Add(call, new JsonObject
        {
            ["id"] = FakeStripeStore.NewId("ch"),
            ["object"] = "charge",
            ["amount"] = amount,
            ["amount_captured"] = succeeded ? amount : 0L,
            ["amount_refunded"] = 0L,
            ["captured"] = succeeded,
            ["created"] = store.Now,
            ["currency"] = intent["currency"]!.DeepClone(),
            ["customer"] = intent["customer"]?.DeepClone(),
            ["description"] = intent["description"]?.DeepClone(),
            ["failure_code"] = error?["code"]?.DeepClone(),
            ["failure_message"] = error?["message"]?.DeepClone(),
            ["livemode"] = false,
            ["metadata"] = intent["metadata"]!.DeepClone(),
            ["outcome"] = new JsonObject
            {
                ["network_status"] = status == "failed" ? "declined_by_network" : "approved_by_network",
                ["reason"] = error?["decline_code"]?.DeepClone(),
                ["type"] = status == "failed" ? "issuer_declined" : "authorized",
            },
            ["paid"] = succeeded,
            ["payment_intent"] = intent["id"]!.DeepClone(),
            ["payment_method"] = paymentMethod["id"]!.DeepClone(),
            ["payment_method_details"] = details,
            ["refunded"] = false,
            ["status"] = status,
        });
    }

    /// <summary>A bank debit clears (or bounces) days later; Stripe then tells the account by webhook.</summary>
    public JsonObject Settle(JsonObject intent, bool succeeded)
    {
        if ((string?)intent["status"] != "processing")
        {
            throw new InvalidOperationException($"Payment intent {intent["id"]} is {intent["status"]}, not processing.");
        }

        var charge = store.Find((string)intent["latest_charge"]!)!.Json;
        charge["status"] = succeeded ? "succeeded" : "failed";
        charge["paid"] = succeeded;
        charge["captured"] = succeeded;
        charge["amount_captured"] = succeeded ? (long)charge["amount"]! : 0L;
        if (succeeded)
        {
            intent["status"] = "succeeded";
            intent["amount_received"] = intent["amount"]!.DeepClone();
            return intent;
        }

        charge["failure_code"] = "insufficient_funds";
        charge["failure_message"] = "The customer's account has insufficient funds to cover this payment.";
        var error = FakeStripeErrors.Body("card_error", (string)charge["failure_message"]!, "payment_intent_payment_attempt_failed");
        error["payment_method"] = store.Find((string)charge["payment_method"]!)!.Json.DeepClone();
        intent["status"] = "requires_payment_method";
        intent["last_payment_error"] = error;
        intent["payment_method"] = null;
        return intent;
    }
}
