// A stand-in for Stripe.js v3 served to the browser tests instead of js.stripe.com: only what the console calls, and a
// record of what it was given. Confirming asks the test (window.fakeStripeConfirm) to confirm the setup intent on the
// fake Stripe server, as Stripe's own frame would, and answers the payment method that server made; a payment (the
// portal's deferred Payment Element) is confirmed on the fake server by window.fakeStripeConfirmPayment.
(() => {
    const seen = (window.fakeStripeSeen = { publishableKey: null, clientSecret: null, elementType: null, redirect: null, mode: null, amount: null, setupFutureUsage: null });
    window.Stripe = function (publishableKey) {
        seen.publishableKey = publishableKey;
        let clientSecret = null;
        return {
            elements(options) {
                clientSecret = seen.clientSecret = options.clientSecret || null;
                [seen.mode, seen.amount, seen.setupFutureUsage] = [options.mode || null, options.amount || null, options.setupFutureUsage || null];
                return {
                    update(changes) {
                        seen.amount = changes.amount;
                        seen.setupFutureUsage = changes.setupFutureUsage || null;
                    },
                    async submit() {
                        return {};
                    },
                    create(type) {
                        seen.elementType = type;
                        return {
                            mount(selector) {
                                const frame = document.createElement('iframe');
                                frame.title = 'Secure payment input frame';
                                frame.className = 'fake-stripe-frame';
                                document.querySelector(selector).appendChild(frame);
                            },
                            destroy() {},
                        };
                    },
                };
            },
            async confirmPayment(options) {
                seen.redirect = options.redirect;
                seen.clientSecret = options.clientSecret;
                const status = await window.fakeStripeConfirmPayment(options.clientSecret);
                return { paymentIntent: { id: options.clientSecret.split('_secret_')[0], status } };
            },
            async confirmSetup(options) {
                seen.redirect = options.redirect;
                const paymentMethod = await window.fakeStripeConfirm(clientSecret);
                return { setupIntent: { id: clientSecret.split('_secret_')[0], status: 'succeeded', payment_method: paymentMethod } };
            },
        };
    };
})();
