// The customer payment portal: reads and pays through /api/v1/portal/{company}/{token} only.
import { paymentForm, saveBoxes } from '/portal/assets/portal-pay.js';

const parts = location.pathname.split('/').filter(Boolean);
const [, company, token] = parts;
const receiptId = parts[3] === 'receipt' ? parts[4] : null;
const base = `/portal/${company}/${token}`;
const api = `/api/v1/portal/${encodeURIComponent(company)}/${encodeURIComponent(token)}`;
const main = document.getElementById('portal');

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
  const pay = portal.invoices.length === 0
    ? '<p class="settled">Nothing is due. Thank you!</p>'
    : `<form id="pay" novalidate>
        <table class="cards"><thead><tr><th>Pay</th><th>Invoice</th><th>Due date</th><th>Due</th><th>Amount</th></tr></thead>
        <tbody>${invoiceRows(portal.invoices)}</tbody></table>
        <p class="field-error" data-field="applications"></p>
        <fieldset id="method-form"><legend>Card or bank account</legend><p class="loading">Loading the payment form…</p></fieldset>
        ${saveBoxes}
        <p class="total">Total: <output id="total"></output></p>
        <p class="form-error" role="alert"></p>
        <button type="submit" id="pay-button">Pay</button>
      </form>`;
  main.innerHTML = `${header(portal.company)}<h1>Hello ${esc(portal.customerName)}</h1>`
    + `<p class="balance">Balance due: <strong>${money(portal.balance)}</strong></p>${pay}${paymentRows(portal.payments)}`
    + `<p class="expiry">This link works until ${new Date(portal.expiresAt).toLocaleDateString()}.</p>`;
  const form = document.getElementById('pay');
  if (form) wirePayment(form, await paymentForm(form.querySelector('#method-form'), portal, cents(form)));
}

function chosen(form) {
  return [...form.querySelectorAll('tr[data-invoice]')]
    .filter(row => row.querySelector('input[type=checkbox]').checked)
    .map(row => ({ invoiceId: Number(row.dataset.invoice), amountText: row.querySelector('.amount').value.trim() }));
}

const cents = form => Math.round(chosen(form).reduce((s, a) => s + (Number(a.amountText) || 0), 0) * 100);

function wirePayment(form, method) {
  const total = document.getElementById('total');
  const save = document.getElementById('save-method');
  const makeDefault = document.getElementById('make-default');
  const update = () => {
    total.textContent = money(cents(form) / 100);
    makeDefault.disabled = !save.checked;
    if (!save.checked) makeDefault.checked = false;
    method.changed(cents(form), save.checked);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
  // A payment made but not confirmed in the browser (3-D Secure closed, a network error): Pay confirms it again.
  let pending = null;
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
    const done = () => { busy = false; button.disabled = false; button.textContent = 'Pay'; };
    const error = pending ? null : await method.prepare();
    if (error) {
      form.querySelector('.field-error[data-field="token"]').textContent = error;
      return done();
    }
    let payment = pending;
    if (!payment) {
      let response;
      try {
        response = await fetch(`${api}/payments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({ token: method.token(), applications, saveMethod: save.checked, makeDefault: makeDefault.checked }),
        });
      } catch {
        form.querySelector('.form-error').textContent = 'No answer: check your connection and press Pay again (you will not be charged twice).';
        return done();
      }
      if (response.status !== 201) {
        if (response.status !== 409 && response.status < 500) key = crypto.randomUUID();
        showErrors(form, await problemOf(response), picked);
        return done();
      }
      payment = await response.json();
      key = crypto.randomUUID();
    }
    const receipt = `${base}/receipt/${payment.id}`;
    const refused = await method.confirm(payment, new URL(receipt, location.href).href);
    if (!refused) return location.assign(receipt);
    // Stripe said no: our API ends a declined payment (its invoices are free again); one still waiting is confirmed again.
    const now = await fetch(`${api}/payments/${payment.id}`, { cache: 'no-store' }).then(r => r.json()).catch(() => payment);
    pending = now.status === 'processing' && now.clientSecret ? now : null;
    form.querySelector('.field-error[data-field="token"]').textContent = refused;
    done();
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

// A payment in flight is read again a few times (a card confirmed a moment ago); a bank debit stays processing for days.
let reads = 0;

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
    ${p.status === 'processing' ? '<p class="processing">Bank payments take a few business days to clear. The invoices are paid once it clears.</p>' : ''}
    <p><a href="${base}">Back to your invoices</a></p></section>`;
  if (p.status === 'processing' && ++reads < 10) setTimeout(showReceipt, 2000);
}

(receiptId ? showReceipt() : showPortal()).catch(() => showProblem({ title: 'The page could not load.', detail: 'Reload to try again.' }));
