using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>
/// <c>/v1/refunds</c>: whole or partial refunds of a succeeded charge, never more than was charged. As at Stripe, a
/// refund of a bank debit answers <c>pending</c> and settles later (<see cref="Settle"/>); a card refund succeeds at once.
/// </summary>
internal sealed class FakeStripeRefunds(FakeStripeStore store)
{
    /// <summary>A pending refund succeeds or fails; a failed one gives its amount back to the charge.</summary>
    public JsonObject Settle(string refundId, bool succeeded)
    {
        var refund = store.Find(refundId) is { Type: "refund" } found ? found.Json : throw new ArgumentException($"No refund {refundId}.", nameof(refundId));
        if ((string?)refund["status"] != "pending")
        {
            throw new InvalidOperationException($"Refund {refundId} is {refund["status"]}, not pending.");
        }

        refund["status"] = succeeded ? "succeeded" : "failed";
        if (!succeeded)
        {
            refund["failure_reason"] = "declined";
            var charge = store.Find((string)refund["charge"]!)!.Json;
            charge["amount_refunded"] = (long)charge["amount_refunded"]! - (long)refund["amount"]!;
            charge["refunded"] = false;
        }

        return refund;
    }

    private static readonly string[] Reasons = ["duplicate", "fraudulent", "requested_by_customer"];

    public FakeStripeResponse Retrieve(FakeStripeCall call) =>
        FakeStripeResponse.Ok(store.Get(call.Account, call.Id!, "refund", "id"));

    public FakeStripeResponse Create(FakeStripeCall call)
    {
        var form = call.Form;
        var charge = Charge(call);
        var chargeId = (string)charge["id"]!;
        var remaining = (long)charge["amount"]! - (long)charge["amount_refunded"]!;
        if (remaining == 0)
        {
            throw FakeStripeErrors.Invalid($"Charge {chargeId} has already been refunded.", code: "charge_already_refunded");
        }

        var amount = form.Integer("amount") ?? remaining;
        if (amount <= 0)
        {
            throw FakeStripeErrors.Invalid("Invalid positive integer", "amount");
        }

        if (amount > remaining)
        {
            throw FakeStripeErrors.Invalid(
                $"Refund amount ({FakeStripeErrors.Dollars(amount)}) is greater than unrefunded amount on charge ({FakeStripeErrors.Dollars(remaining)})",
                "amount",
                "amount_too_large");
        }

        var reason = form.Text("reason");
        if (reason is not null && !Reasons.Contains(reason))
        {
            throw FakeStripeErrors.Invalid("Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer", "reason");
        }

        var refunded = (long)charge["amount_refunded"]! + amount;
        charge["amount_refunded"] = refunded;
        charge["refunded"] = refunded == (long)charge["amount"]!;
        return FakeStripeResponse.Ok(store.Add(call, new JsonObject
        {
            ["id"] = store.NextId("re"),
            ["object"] = "refund",
            ["amount"] = amount,
            ["balance_transaction"] = FakeStripeStore.NewId("txn"),
            ["charge"] = chargeId,
            ["created"] = store.Now,
            ["currency"] = charge["currency"]!.DeepClone(),
            ["metadata"] = form.Metadata(),
            ["payment_intent"] = charge["payment_intent"]!.DeepClone(),
            ["failure_reason"] = null,
            ["reason"] = reason,
            ["status"] = (string?)charge["payment_method_details"]?["type"] == "us_bank_account" ? "pending" : "succeeded",
        }));
    }

    private JsonObject Charge(FakeStripeCall call)
    {
        var form = call.Form;
        if (form.Text("payment_intent") is { } intentId)
        {
            var intent = store.Get(call.Account, intentId, "payment_intent", "payment_intent");
            if ((string?)intent["status"] != "succeeded")
            {
                throw FakeStripeErrors.Invalid($"This PaymentIntent ({intentId}) does not have a successful charge to refund.", "payment_intent");
            }

            return store.Get(call.Account, (string)intent["latest_charge"]!, "charge", "payment_intent");
        }

        if (form.Text("charge") is { } chargeId)
        {
            var charge = store.Get(call.Account, chargeId, "charge", "charge");
            return (string?)charge["status"] == "succeeded"
                ? charge
                : throw FakeStripeErrors.Invalid($"Charge {chargeId} has not succeeded and cannot be refunded.", "charge");
        }

        throw FakeStripeErrors.Invalid("One of the following params should be provided for this request: payment_intent or charge.");
    }
}
