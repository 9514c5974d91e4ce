// The order form: the shared Python validators, published as ES modules, run on every keystroke.
import { review_order } from './shared/orders.js';
import { order_from_form } from './shared/forms.js';
import { format_inr } from './shared/money.js';
import { STATES } from './shared/tax/states.js';
import { RATES } from './shared/tax/gst.js';

const FIELDS = ['name', 'email', 'customer_type', 'gstin', 'place_of_supply', 'order_date', 'delivery_date', 'discount_bp'];
const LINE_FIELDS = ['sku', 'quantity', 'unit_price', 'tax_rate'];
const TOTALS = [['subtotal', 'Subtotal'], ['discount', 'Discount'], ['taxable', 'Taxable value'],
  ['cgst', 'CGST'], ['sgst', 'SGST'], ['igst', 'IGST'], ['total', 'Total']];

const form = document.getElementById('order');
const lines = document.getElementById('lines');
const touched = new Set(); // ids of the inputs the user has changed: their issues show as they type
let submitted = false; // after "Check", every issue shows

const idOf = (field) => field.replaceAll('.', '-');
const element = (tag, properties = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
};

function addLine() {
  const index = lines.rows.length;
  const cell = (field, control) => element('td', {}, [control, element('p', { className: 'error', id: `lines-${index}-${field}-error` })]);
  const input = (field, properties) => element('input', { id: `lines-${index}-${field}`, ...properties });
  const rates = RATES.map((rate) => element('option', { value: String(rate), textContent: `${rate}%`, selected: rate === 18 }));
  lines.append(element('tr', {}, [
    cell('sku', input('sku', { placeholder: 'TEA-250', ariaLabel: `Item code, line ${index + 1}` })),
    cell('quantity', input('quantity', { inputMode: 'numeric', ariaLabel: `Quantity, line ${index + 1}` })),
    cell('unit_price', input('unit_price', { inputMode: 'decimal', ariaLabel: `Price, line ${index + 1}` })),
    cell('tax_rate', element('select', { id: `lines-${index}-tax_rate`, ariaLabel: `GST rate, line ${index + 1}` }, rates)),
  ]));
}

/** The form's values as the page holds them: strings. */
function readForm() {
  const values = Object.fromEntries(FIELDS.map((field) => [field, document.getElementById(field).value]));
  values.lines = Array.from(lines.rows, (_, index) => Object.fromEntries(
    LINE_FIELDS.map((field) => [field, document.getElementById(`lines-${index}-${field}`).value])));
  return values;
}

function visible(field) {
  if (submitted) return true;
  if (field === 'lines') return [...touched].some((id) => id.startsWith('lines-'));
  return touched.has(idOf(field));
}

function showQuote(quote) {
  const quoteList = document.getElementById('quote');
  if (quote === null) {
    quoteList.replaceChildren(element('dd', { className: 'muted', textContent: 'Totals appear when the order is valid.' }));
    return;
  }
  quoteList.replaceChildren(...TOTALS.filter(([key]) => quote[key] !== 0 || key === 'total')
    .flatMap(([key, label]) => [element('dt', { textContent: label }), element('dd', { id: `quote-${key}`, textContent: format_inr(quote[key]) })]));
}

let lastReview = null;

function validate() {
  const review = review_order(order_from_form(readForm()));
  lastReview = review;
  for (const node of form.querySelectorAll('.error')) node.textContent = '';
  const shown = review.issues.filter(({ field }) => visible(field));
  for (const { field, message } of shown) {
    const target = document.getElementById(`${idOf(field)}-error`);
    if (target && target.textContent === '') target.textContent = message;
  }
  document.getElementById('issues').replaceChildren(...shown.map(({ field, message }) => {
    const item = element('li', { textContent: message });
    item.dataset.field = field;
    return item;
  }));
  showQuote(review.quote);
  return review;
}

async function ask(name, url, doc, local) {
  const item = element('li', { textContent: `${name}: …` });
  document.getElementById('verdicts').append(item);
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    const answer = await response.json();
    if (!response.ok) {
      item.textContent = `${name}: ${response.status} ${answer.error}`;
      return;
    }
    const verdict = answer.valid ? `valid, total ${format_inr(answer.quote.total)}` : `${answer.issues.length} issue(s)`;
    const same = JSON.stringify(answer) === JSON.stringify(local);
    item.textContent = `${name}: ${verdict}, ${same ? 'the same as this page' : 'NOT the same as this page'}`;
    item.dataset.same = String(same);
  } catch (error) {
    item.textContent = `${name}: not reachable (${error.message})`;
  }
}

form.addEventListener('input', (event) => {
  touched.add(event.target.id);
  validate();
});
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  submitted = true;
  const local = validate();
  const doc = order_from_form(readForm());
  document.getElementById('verdicts').replaceChildren();
  const { worker } = await (await fetch('api/config')).json();
  await Promise.all([
    ask('Server (CPython)', 'api/validate', doc, local),
    worker ? ask('Worker (workerd)', `${worker}/api/validate`, doc, local) : null,
  ]);
});
document.getElementById('add-line').addEventListener('click', () => {
  addLine();
  validate();
});

const places = document.getElementById('place_of_supply');
places.append(...STATES.map(([code, name]) => element('option', { value: code, textContent: `${name} (${code})` })));
addLine();
validate();

// For tests and the console: the published modules and this page's view of the form.
window.demo = { review_order, order_from_form, readForm, doc: () => order_from_form(readForm()), lastReview: () => lastReview };
document.body.dataset.ready = 'yes';
