// Collects a card or bank account for a setup intent with Stripe's Payment Element; the number never reaches our API.
// Stripe requires Stripe.js to be loaded from js.stripe.com itself (never bundled or copied), so it is added on first use.
const source = 'https://js.stripe.com/v3';
let loading;
let current;

function load() {
    if (window.Stripe) {
        return Promise.resolve(window.Stripe);
    }

    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = source;
        script.onload = () => (window.Stripe ? resolve(window.Stripe) : reject(new Error('Stripe.js did not start.')));
        script.onerror = () => {
            // A later attempt may succeed (the network was down), so the failed load is forgotten.
            loading = undefined;
            script.remove();
            reject(new Error('Stripe.js could not be loaded.'));
        };
        document.head.appendChild(script);
    });
    return loading;
}

export async function mount(elementId, publishableKey, clientSecret) {
    const stripe = (await load())(publishableKey);
    const elements = stripe.elements({ clientSecret });
    const element = elements.create('payment');
    element.mount('#' + elementId);
    current = { stripe, elements, element };
}

export async function confirm() {
    if (!current) {
        return { paymentMethod: null, error: 'The card form is not ready yet.' };
    }

    // No redirect unless the method needs one (a bank's own page); the answer then names the new payment method.
    const result = await current.stripe.confirmSetup({
        elements: current.elements,
        redirect: 'if_required',
        confirmParams: { return_url: window.location.href },
    });
    if (result.error) {
        return { paymentMethod: null, error: result.error.message || 'The processor did not accept these details.' };
    }

    const method = result.setupIntent && result.setupIntent.payment_method;
    return { paymentMethod: typeof method === 'string' ? method : (method && method.id) || null, error: null };
}

export function unmount() {
    if (current && current.element.destroy) {
        current.element.destroy();
    }

    current = undefined;
}

// Payments the customer confirms (the customer portal): the Payment Element in deferred mode shows cards and US bank
// accounts for an amount before any payment intent exists; our API makes the intent on Pay and answers its client secret.
let paying;

export async function mountPayment(elementId, publishableKey, cents, saveMethod) {
    const stripe = (await load())(publishableKey);
    const options = { mode: 'payment', currency: 'usd', amount: Math.max(cents, 50), paymentMethodTypes: ['card', 'us_bank_account'] };
    const elements = stripe.elements(saveMethod ? { ...options, setupFutureUsage: 'off_session' } : options);
    const element = elements.create('payment');
    element.mount('#' + elementId);
    paying = { stripe, elements, element };
}

export function updatePayment(cents, saveMethod) {
    if (paying) {
        paying.elements.update({ amount: Math.max(cents, 50), setupFutureUsage: saveMethod ? 'off_session' : null });
    }
}

// Checks what was typed before our API is asked to make the intent.
export async function submitPayment() {
    if (!paying) {
        return 'The payment form is not ready yet.';
    }

    const result = await paying.elements.submit();
    return result.error ? result.error.message || 'Check the payment details.' : null;
}

// Confirms the intent in the browser (3-D Secure and bank verification happen here); a redirect comes back to returnUrl.
export async function confirmPayment(clientSecret, returnUrl) {
    const result = await paying.stripe.confirmPayment({
        elements: paying.elements,
        clientSecret,
        redirect: 'if_required',
        confirmParams: { return_url: returnUrl },
    });
    return result.error ? result.error.message || 'The payment was not completed.' : null;
}
