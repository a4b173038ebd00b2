// Signing in to the portal with a one-time code: /api/v1/portal/{company}/codes, then /sessions opens the portal.
const company = location.pathname.split('/').filter(Boolean)[1];
const api = `/api/v1/portal/${encodeURIComponent(company)}`;
const ask = document.getElementById('ask');
const verify = document.getElementById('verify');
const address = document.getElementById('address');

function clear(form) {
  form.querySelectorAll('.field-error, .form-error').forEach(e => { e.textContent = ''; });
}

// Field errors next to their field; a 429 says when to try again; anything else above the button.
async function show(form, response) {
  let problem;
  try { problem = await response.json(); } catch { problem = { title: `The request failed (${response.status}).` }; }
  let placed = false;
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    const target = form.querySelector(`.field-error[data-field="${field}"]`);
    if (target) { target.textContent = messages.join(' '); placed = true; }
  }
  if (placed) return;
  const wait = response.headers.get('Retry-After');
  form.querySelector('.form-error').textContent = wait
    ? `${problem.detail ?? 'Too many attempts.'} Try again in ${Math.ceil(Number(wait) / 60)} minute(s).`
    : `${problem.title ?? ''} ${problem.detail ?? ''}`.trim();
}

async function post(form, path, body) {
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  clear(form);
  try {
    return await fetch(`${api}/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    form.querySelector('.form-error').textContent = 'No answer: check your connection and try again.';
    return null;
  } finally {
    button.disabled = false;
  }
}

ask.addEventListener('submit', async event => {
  event.preventDefault();
  const response = await post(ask, 'codes', { address: address.value });
  if (!response) return;
  if (response.status !== 202) return show(ask, response);
  verify.querySelector('.sent').textContent = (await response.json()).message;
  ask.hidden = true;
  verify.hidden = false;
  document.getElementById('code').focus();
});

verify.addEventListener('submit', async event => {
  event.preventDefault();
  const response = await post(verify, 'sessions', { address: address.value, code: document.getElementById('code').value.trim() });
  if (!response) return;
  if (response.status !== 201) return show(verify, response);
  location.assign(new URL((await response.json()).url).pathname);
});

document.getElementById('again').addEventListener('click', () => {
  clear(verify);
  verify.hidden = true;
  ask.hidden = false;
  address.focus();
});
