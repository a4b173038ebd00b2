// The customer payment portal: reads and pays through /api/v1/portal/{company}/{token} only.
const parts = location.pathname.split('/').filter(Boolean);
const [, company, token] = parts;
const receiptId = parts[3] === 'receipt' ? parts[4] : null;
const base = `/portal/${company}/${token}`;
const api = `/api/v1/portal/${encodeURIComponent(company)}/${encodeURIComponent(token)}`;
const main = document.getElementById('portal');

// The sandbox processor's test methods (Stripe's test token names): a test form, no number is typed anywhere.
const testMethods = [
  ['pm_card_visa', 'Visa ending 4242 — approved'],
  ['pm_card_mastercard', 'Mastercard ending 4444 — approved'],
  ['pm_card_chargeCustomerFail', 'Visa ending 0341 — declined'],
  ['pm_card_chargeDeclinedInsufficientFunds', 'Visa ending 9995 — insufficient funds'],
];

const money = n => n.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

async function problemOf(response) {
  try { return await response.json(); } catch { return { title: `The request failed (${response.status}).` }; }
}

function showProblem(problem) {
  main.innerHTML = `<h1>${esc(problem.title)}</h1><p>${esc(problem.detail ?? '')}</p>`;
}

function header(company) {
  const logo = company.hasLogo ? `<img class="logo" src="${api}/logo" alt="${esc(company.name)} logo">` : '';
  const contact = [company.phone, company.email].filter(Boolean).map(esc).join(' · ');
  return `<header class="company">${logo}<div><p class="company-name">${esc(company.name)}</p>`
    + `<p class="contact">${contact}</p></div></header>`;
}

function invoiceRows(invoices) {
  return invoices.map(i => `<tr data-invoice="${i.id}">
    <td data-label="Pay"><input type="checkbox" id="pick-${i.id}" checked aria-label="Pay invoice ${i.id}"></td>
    <td data-label="Invoice"><a href="${api}/invoices/${i.id}/pdf" target="_blank" rel="noopener">Invoice ${i.id} (PDF)</a></td>
    <td data-label="Due date">${esc(i.dueDate ?? i.saleDate)}${i.overdue ? ' <span class="overdue">overdue</span>' : ''}</td>
    <td data-label="Due">${money(i.due)}</td>
    <td data-label="Amount"><label class="visually-hidden" for="amount-${i.id}">Amount for invoice ${i.id}</label>
      <input id="amount-${i.id}" class="amount" inputmode="decimal" value="${i.due.toFixed(2)}">
      <span class="field-error" data-field="amount-${i.id}"></span></td>
  </tr>`).join('');
}

function paymentRows(payments) {
  if (payments.length === 0) return '';
  const rows = payments.map(p => `<tr><td data-label="Date">${esc(p.paymentDate)}</td><td data-label="Amount">${money(p.amount)}</td>`
    + `<td data-label="Method">${esc(p.method)}</td><td data-label="Status">${esc(p.status)}</td></tr>`).join('');
  return `<section><h2>Recent payments</h2><table class="cards"><thead><tr><th>Date</th><th>Amount</th><th>Method</th><th>Status</th></tr></thead>`
    + `<tbody>${rows}</tbody></table></section>`;
}

async function showPortal() {
  const response = await fetch(api, { cache: 'no-store' });
  if (!response.ok) return showProblem(await problemOf(response));
  const portal = await response.json();
  document.title = `Pay ${portal.company.name}`;
  const options = testMethods.map(([value, label]) => `<option value="${value}">${esc(label)}</option>`).join('');
  const pay = portal.invoices.length === 0
    ? '<p class="settled">Nothing is due. Thank you!</p>'
    : `<form id="pay" novalidate>
        <table class="cards"><thead><tr><th>Pay</th><th>Invoice</th><th>Due date</th><th>Due</th><th>Amount</th></tr></thead>
        <tbody>${invoiceRows(portal.invoices)}</tbody></table>
        <p class="field-error" data-field="applications"></p>
        <fieldset id="method-form"><legend>Card</legend><p class="loading">Loading the card form…</p></fieldset>
        <p class="total">Total: <output id="total"></output></p>
        <p class="form-error" role="alert"></p>
        <button type="submit" id="pay-button">Pay</button>
      </form>`;
  main.innerHTML = `${header(portal.company)}<h1>Hello ${esc(portal.customerName)}</h1>`
    + `<p class="balance">Balance due: <strong>${money(portal.balance)}</strong></p>${pay}${paymentRows(portal.payments)}`
    + `<p class="expiry">This link works until ${new Date(portal.expiresAt).toLocaleDateString()}.</p>`;
  const form = document.getElementById('pay');
  if (form) wirePayment(form, await cardForm(form.querySelector('#method-form'), options));
}

// The processor's own card form: Stripe's Payment Element (the console's module; Stripe.js comes from js.stripe.com)
// for a company with Stripe, else the sandbox's test form. Answers how to get the payment method's token.
async function cardForm(fieldset, options) {
  const legend = '<legend>Card</legend>';
  const errorSlot = '<p class="field-error" data-field="token"></p>';
  const response = await fetch(`${api}/setup`, { method: 'POST' });
  if (!response.ok) {
    fieldset.innerHTML = `${legend}<p class="form-error">The card form could not start. Reload the page to try again.</p>`;
    return async () => ({ error: 'The card form is not ready.' });
  }
  const setup = await response.json();
  if (setup.processor !== 'stripe') {
    fieldset.innerHTML = `${legend}<p class="sandbox-note">Test payment form: choose a test card; no card number is entered.</p>
      <label for="method">Test card</label><select id="method">${options}</select>${errorSlot}`;
    return async () => ({ token: document.getElementById('method').value });
  }
  fieldset.innerHTML = `${legend}<div id="stripe-payment-element"></div>${errorSlot}`;
  const stripe = await import('/js/stripe-setup.js');
  await stripe.mount('stripe-payment-element', setup.publishableKey, setup.clientSecret);
  // A confirmed method is kept: a retry after a lost answer pays with it and does not confirm again.
  let confirmed = null;
  return async () => {
    if (!confirmed) {
      const result = await stripe.confirm();
      if (result.error) return { error: result.error };
      confirmed = result.paymentMethod;
    }
    return { token: confirmed };
  };
}

function chosen(form) {
  return [...form.querySelectorAll('tr[data-invoice]')]
    .filter(row => row.querySelector('input[type=checkbox]').checked)
    .map(row => ({ invoiceId: Number(row.dataset.invoice), amountText: row.querySelector('.amount').value.trim() }));
}

function wirePayment(form, paymentMethod) {
  const total = document.getElementById('total');
  const update = () => {
    const sum = chosen(form).reduce((s, a) => s + (Number(a.amountText) || 0), 0);
    total.textContent = money(sum);
  };
  form.addEventListener('input', update);
  update();
  // One key per payment: kept while the outcome is unknown (a retry never pays twice), new after any answer.
  let key = crypto.randomUUID();
  let busy = false;
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (busy) return;
    form.querySelectorAll('.field-error, .form-error').forEach(e => { e.textContent = ''; });
    const picked = chosen(form);
    const applications = picked.map(a => ({ invoiceId: a.invoiceId, amount: Number(a.amountText) }));
    busy = true;
    const button = document.getElementById('pay-button');
    button.disabled = true;
    button.textContent = 'Paying…';
    const { token, error } = await paymentMethod();
    if (error) {
      form.querySelector('.field-error[data-field="token"]').textContent = error;
      busy = false; button.disabled = false; button.textContent = 'Pay';
      return;
    }
    let response;
    try {
      response = await fetch(`${api}/payments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ token, applications }),
      });
    } catch {
      form.querySelector('.form-error').textContent = 'No answer: check your connection and press Pay again (you will not be charged twice).';
      busy = false; button.disabled = false; button.textContent = 'Pay';
      return;
    }
    if (response.status === 201) {
      const payment = await response.json();
      location.assign(`${base}/receipt/${payment.id}`);
      return;
    }
    if (response.status !== 409 && response.status < 500) key = crypto.randomUUID();
    const problem = await problemOf(response);
    showErrors(form, problem, picked);
    busy = false; button.disabled = false; button.textContent = 'Pay';
  });
}

function showErrors(form, problem, picked) {
  let placed = false;
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    const at = /^applications\[(\d+)\]/.exec(field);
    const name = at ? `amount-${picked[Number(at[1])]?.invoiceId}` : field.replace(/\[.*$/, '');
    const target = form.querySelector(`.field-error[data-field="${name}"]`);
    if (target) { target.textContent = messages.join(' '); placed = true; }
  }
  if (!placed) form.querySelector('.form-error').textContent = `${problem.title ?? ''} ${problem.detail ?? ''}`.trim();
}

async function showReceipt() {
  const response = await fetch(`${api}/payments/${receiptId}`, { cache: 'no-store' });
  if (!response.ok) return showProblem(await problemOf(response));
  const p = await response.json();
  const heading = { succeeded: 'Thank you — payment received', processing: 'Payment being processed', failed: 'Payment declined' }[p.status]
    ?? `Payment ${p.status}`;
  const applied = p.applications.map(a => `<li>Invoice ${a.invoiceId}: ${money(a.amount)}</li>`).join('');
  main.innerHTML = `<section class="receipt"><h1>${esc(heading)}</h1>
    <dl><dt>Receipt number</dt><dd>${p.id}</dd><dt>Amount</dt><dd>${money(p.amount)}</dd>
    <dt>Paid with</dt><dd>${esc(p.method)}</dd><dt>Date</dt><dd>${esc(p.paymentDate)}</dd></dl>
    ${p.reason ? `<p class="form-error">${esc(p.reason)}</p>` : ''}
    ${applied ? `<h2>Applied to</h2><ul>${applied}</ul>` : ''}
    ${p.status === 'succeeded' ? '<p>A receipt is on its way to your email address on file.</p>' : ''}
    <p><a href="${base}">Back to your invoices</a></p></section>`;
  if (p.status === 'processing') setTimeout(showReceipt, 2000);
}

(receiptId ? showReceipt() : showPortal()).catch(() => showProblem({ title: 'The page could not load.', detail: 'Reload to try again.' }));
