using System.Net;
using SecurityTrax.Testing.Fakes;
using Stripe;

namespace SecurityTrax.Grains.Tests.Fakes;

/// <summary>The real Stripe.net client against <see cref="FakeStripeServer"/>: billing methods, charges, declines, refunds.</summary>
public sealed class FakeStripeServerTests : FakeStripeSession
{
    [Fact]
    public async Task ACardSavedThroughASetupIntentIsChargedOffSession()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Ada Lovelace", Email = "ada@example.com" });
        var setup = await Stripe.V1.SetupIntents.CreateAsync(new SetupIntentCreateOptions { Customer = customer.Id, Usage = "off_session" });
        Assert.StartsWith(setup.Id + "_secret_", setup.ClientSecret);
        Assert.Equal("requires_payment_method", setup.Status);

        var methodId = Server.ConfirmSetupIntent(setup.Id, "pm_card_visa");
        var confirmed = await Stripe.V1.SetupIntents.GetAsync(setup.Id);
        var method = await Stripe.V1.PaymentMethods.GetAsync(confirmed.PaymentMethodId);
        var intent = await Stripe.V1.PaymentIntents.CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = 12_345, Currency = "usd", Customer = customer.Id, PaymentMethod = method.Id, Confirm = true, OffSession = true,
            },
            Key("payment-1/attempt-1"));

        Assert.Equal(("succeeded", methodId), (confirmed.Status, confirmed.PaymentMethodId));
        Assert.Equal(("card", "visa", "4242", 12L, 2029L), (method.Type, method.Card.Brand, method.Card.Last4, method.Card.ExpMonth, method.Card.ExpYear));
        Assert.Equal(Time.GetUtcNow().UtcDateTime, intent.Created);
        Assert.Equal(customer.Id, method.CustomerId);
        Assert.Equal(("succeeded", 12_345L, customer.Id), (intent.Status, intent.AmountReceived, intent.CustomerId));
        var charge = Assert.Single(Server.Charges);
        Assert.Equal(
            new FakeStripeCharge(intent.LatestChargeId, intent.Id, customer.Id, method.Id, 12_345, "usd", "succeeded", 0, null, FakeStripeServer.DefaultApiKey, "payment-1/attempt-1"),
            charge);
    }

    [Fact]
    public async Task ASetupIntentKeepsThePaymentMethodTypesAskedFor()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Types" });

        var card = await Stripe.V1.SetupIntents.CreateAsync(new SetupIntentCreateOptions { Customer = customer.Id });
        var both = await Stripe.V1.SetupIntents.CreateAsync(new SetupIntentCreateOptions { Customer = customer.Id, AllowedPaymentMethodTypes = ["card", "us_bank_account"] });

        Assert.Equal(["card"], card.AllowedPaymentMethodTypes);
        Assert.Equal("off_session", card.Usage);
        Assert.Equal(["card", "us_bank_account"], both.AllowedPaymentMethodTypes);
    }

    [Fact]
    public async Task AttachingATestTokenCreatesAPaymentMethodOfTheCustomer()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Grace Hopper" });

        var attached = await Stripe.V1.PaymentMethods.AttachAsync("pm_card_mastercard", new PaymentMethodAttachOptions { Customer = customer.Id });

        Assert.StartsWith("pm_", attached.Id);
        Assert.NotEqual("pm_card_mastercard", attached.Id);
        Assert.Equal((customer.Id, "mastercard", "4444"), (attached.CustomerId, attached.Card.Brand, attached.Card.Last4));
        Assert.Equal(("Grace Hopper", customer.Id), ((await Stripe.V1.Customers.GetAsync(customer.Id)).Name, (await Stripe.V1.PaymentMethods.GetAsync(attached.Id)).CustomerId));
    }

    [Fact]
    public async Task ADeclinedChargeThrowsWithTheDeclineCodeAndTheFailedPaymentIntent()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Declined" });

        var error = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer.Id, "pm_card_chargeDeclined", 5_000)));

        Assert.Equal(HttpStatusCode.PaymentRequired, error.HttpStatusCode);
        Assert.Equal(("card_error", "card_declined", "generic_decline", "Your card was declined."), (error.StripeError.Type, error.StripeError.Code, error.StripeError.DeclineCode, error.StripeError.Message));
        var failed = error.StripeError.PaymentIntent;
        Assert.Equal(("requires_payment_method", 5_000L, "generic_decline"), (failed.Status, failed.Amount, failed.LastPaymentError.DeclineCode));
        Assert.Equal("requires_payment_method", (await Stripe.V1.PaymentIntents.GetAsync(failed.Id)).Status);
        var charge = Assert.Single(Server.Charges);
        Assert.Equal((failed.Id, "failed", "card_declined", error.StripeError.Charge), (charge.PaymentIntentId, charge.Status, charge.FailureCode, charge.Id));
    }

    [Fact]
    public async Task TheAlwaysDeclinedCardIsDeclinedWhenAttachedAndTheOtherFailingCardWhenCharged()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Declined" });

        var onAttach = await Assert.ThrowsAsync<StripeException>(
            () => Stripe.V1.PaymentMethods.AttachAsync("pm_card_chargeDeclined", new PaymentMethodAttachOptions { Customer = customer.Id }));
        var attached = await Stripe.V1.PaymentMethods.AttachAsync("pm_card_chargeCustomerFail", new PaymentMethodAttachOptions { Customer = customer.Id });
        var onCharge = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer.Id, attached.Id, 5_000)));

        Assert.Equal((HttpStatusCode.PaymentRequired, "card_declined", "generic_decline"), (onAttach.HttpStatusCode, onAttach.StripeError.Code, onAttach.StripeError.DeclineCode));
        Assert.Null(onAttach.StripeError.PaymentIntent);
        Assert.Equal(("card_declined", attached.Id), (onCharge.StripeError.Code, onCharge.StripeError.PaymentIntent.LastPaymentError.PaymentMethod.Id));
    }

    [Fact]
    public async Task AnOffSessionChargeThatNeedsAuthenticationFails()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "3DS" });

        var error = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer.Id, "pm_card_authenticationRequired", 7_500)));

        Assert.Equal((HttpStatusCode.PaymentRequired, "card_error", "authentication_required"), (error.HttpStatusCode, error.StripeError.Type, error.StripeError.Code));
        Assert.Equal("requires_payment_method", error.StripeError.PaymentIntent.Status);
    }

    [Fact]
    public async Task ABankDebitIsProcessingUntilItSettles()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "ACH" });
        var account = await Stripe.V1.PaymentMethods.AttachAsync("pm_usBankAccount_success", new PaymentMethodAttachOptions { Customer = customer.Id });

        var intent = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer.Id, account.Id, 9_900));
        var pending = Assert.Single(Server.Charges).Status;
        var succeeded = EventUtility.ParseEvent(Server.SettleBankPayment(intent.Id, succeeded: true));

        Assert.Equal(("us_bank_account", "STRIPE TEST BANK", "6789"), (account.Type, account.UsBankAccount.BankName, account.UsBankAccount.Last4));
        Assert.Equal(("processing", "pending"), (intent.Status, pending));
        Assert.Equal(("payment_intent.succeeded", intent.Id), (succeeded.Type, ((PaymentIntent)succeeded.Data.Object).Id));
        Assert.Equal("succeeded", (await Stripe.V1.PaymentIntents.GetAsync(intent.Id)).Status);
        Assert.Equal("succeeded", Assert.Single(Server.Charges).Status);
    }

    [Fact]
    public async Task ObjectsOfOtherAccountsAndUnknownIdsAreNotFound()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Tenant A" });
        var otherTenant = Server.CreateClient("sk_test_other_tenant");

        var unknown = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.Customers.GetAsync("cus_missing"));
        var foreign = await Assert.ThrowsAsync<StripeException>(() => otherTenant.V1.Customers.GetAsync(customer.Id));

        Assert.Equal((HttpStatusCode.NotFound, "resource_missing", "No such customer: 'cus_missing'"), (unknown.HttpStatusCode, unknown.StripeError.Code, unknown.StripeError.Message));
        Assert.Equal((HttpStatusCode.NotFound, "resource_missing"), (foreign.HttpStatusCode, foreign.StripeError.Code));
    }

    [Fact]
    public async Task OnlyTestSecretKeysAreAccepted()
    {
        var live = Server.CreateClient("sk_live_0123456789abcdef");

        var error = await Assert.ThrowsAsync<StripeException>(() => live.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Live" }));

        Assert.Equal((HttpStatusCode.Unauthorized, "Invalid API Key provided: sk_live_********cdef"), (error.HttpStatusCode, error.StripeError.Message));
        Assert.Equal(new FakeStripeRequest("POST", "/v1/customers", null, Assert.Single(Server.Requests).IdempotencyKey, 401, false, null), Server.Requests[0]);
    }

    [Fact]
    public async Task MissingParametersAreRefusedWithTheParameterName()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.PaymentIntents.CreateAsync(new PaymentIntentCreateOptions { Currency = "usd" }));

        Assert.Equal((HttpStatusCode.BadRequest, "parameter_missing", "amount"), (error.HttpStatusCode, error.StripeError.Code, error.StripeError.Param));
    }
}
