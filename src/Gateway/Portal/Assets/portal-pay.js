// The portal's payment form: the sandbox's test form (a test card or bank account; no number is typed anywhere), or
// Stripe's Payment Element (cards with 3-D Secure and US bank accounts), confirmed in the browser after our API made
// the payment intent. Both answer the same small interface to portal.js.
const testMethods = [
  ['pm_card_visa', 'Visa ending 4242 — approved'],
  ['pm_card_mastercard', 'Mastercard ending 4444 — approved'],
  ['pm_card_chargeCustomerFail', 'Visa ending 0341 — declined'],
  ['pm_card_chargeDeclinedInsufficientFunds', 'Visa ending 9995 — insufficient funds'],
  ['pm_usBankAccount_success', 'Bank account ending 6789 — clears in a few days'],
  ['pm_usBankAccount_failLater', 'Bank account ending 1116 — fails when it clears'],
];

const esc = s => String(s ?? '').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
const legend = '<legend>Card or bank account</legend>';
const errorSlot = '<p class="field-error" data-field="token"></p>';

function sandboxForm(fieldset, company) {
  const options = testMethods.map(([value, label]) => `<option value="${value}">${esc(label)}</option>`).join('');
  fieldset.innerHTML = `${legend}<p class="sandbox-note">Test payment form: choose a test card or bank account; no number is entered.</p>
    <label for="method">Test card or bank account</label><select id="method">${options}</select>${errorSlot}
    <p class="mandate" hidden>By paying from your bank account you authorise ${esc(company)} to debit it for this amount.
    A bank payment takes a few business days to clear.</p>`;
  const select = fieldset.querySelector('#method');
  const mandate = fieldset.querySelector('.mandate');
  select.addEventListener('change', () => { mandate.hidden = !select.value.startsWith('pm_usBank'); });
  return {
    changed() {},
    prepare: async () => null,
    token: () => select.value,
    confirm: async () => null,
  };
}

async function stripeForm(fieldset, publishableKey, cents, save) {
  fieldset.innerHTML = `${legend}<div id="stripe-payment-element"></div>${errorSlot}`;
  const stripe = await import('/js/stripe-setup.js');
  await stripe.mountPayment('stripe-payment-element', publishableKey, cents, save);
  return {
    changed: (amount, saveMethod) => stripe.updatePayment(amount, saveMethod),
    prepare: () => stripe.submitPayment(),
    token: () => null,
    confirm: (payment, returnUrl) => (payment.clientSecret ? stripe.confirmPayment(payment.clientSecret, returnUrl) : Promise.resolve(null)),
  };
}

// The processor's own form for this portal; the "save" boxes are ours (the subscriber's consent, unticked).
export async function paymentForm(fieldset, portal, cents) {
  try {
    return portal.processor === 'stripe'
      ? await stripeForm(fieldset, portal.publishableKey, cents, false)
      : sandboxForm(fieldset, portal.company.name);
  } catch {
    fieldset.innerHTML = `${legend}<p class="form-error">The payment form could not start. Reload the page to try again.</p>`;
    return { changed() {}, prepare: async () => 'The payment form is not ready.', token: () => null, confirm: async () => null };
  }
}

export const saveBoxes = `<fieldset class="save"><legend>Save for next time</legend>
  <label class="check"><input type="checkbox" id="save-method"> Save this card or bank account for future payments</label>
  <label class="check"><input type="checkbox" id="make-default" disabled> Also use it for my automatic monthly payments</label>
  <span class="field-error" data-field="makeDefault"></span></fieldset>`;
