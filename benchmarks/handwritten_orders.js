// Hand-written JavaScript equivalents of demo_app/shared/orders.py's validators (and the GSTIN
// check of shared/tax/gstin.py), as a developer would write them without m_shared: the baseline
// of benchmarks/runtime.py. Same messages and same results on the benchmark's payloads.

const REQUIRED = 'This field is required.';
const INVALID_EMAIL = 'Enter an email address like name@example.com.';
const INVALID_GSTIN = 'Enter a 15-character GSTIN, for example 27AAPFU0939F1ZV.';
const GSTIN_CHECKSUM = "This GSTIN's check character is wrong; please check for typos.";
const QUANTITY_POSITIVE = 'Quantity must be at least 1.';
const PRICE_NOT_NEGATIVE = 'Price cannot be negative.';
const DISCOUNT_TOO_LARGE = 'The discount cannot exceed the order subtotal.';
const NO_LINES = 'Add at least one line item.';

const EMAIL = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
const GSTIN = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function checkCharacter(first14) {
  let total = 0;
  for (let index = 0; index < first14.length; index++) {
    const value = ALPHABET.indexOf(first14[index]) * (index % 2 ? 2 : 1);
    total += Math.floor(value / 36) + (value % 36);
  }
  return ALPHABET[(36 - (total % 36)) % 36];
}

export function validate_email(value) {
  if (typeof value !== 'string' || value.trim() === '') return REQUIRED;
  if (!EMAIL.test(value.trim())) return INVALID_EMAIL;
  return null;
}

export function validate_gstin(value) {
  if (typeof value !== 'string' || value.trim() === '') return REQUIRED;
  const normalised = value.trim().toUpperCase();
  if (!GSTIN.test(normalised)) return INVALID_GSTIN;
  if (checkCharacter(normalised.slice(0, 14)) !== normalised[14]) return GSTIN_CHECKSUM;
  return null;
}

export function validate_order(doc) {
  const issues = [];
  const emailProblem = validate_email(doc.email);
  if (emailProblem !== null) issues.push({ field: 'email', message: emailProblem });
  const gstinProblem = validate_gstin(doc.gstin);
  if (gstinProblem !== null) issues.push({ field: 'gstin', message: gstinProblem });
  const lines = doc.lines || [];
  if (lines.length === 0) issues.push({ field: 'lines', message: NO_LINES });
  let subtotal = 0;
  lines.forEach((line, index) => {
    const quantity = line.quantity ?? 0;
    const unitPrice = line.unit_price ?? 0;
    if (quantity < 1) issues.push({ field: `lines.${index}.quantity`, message: QUANTITY_POSITIVE });
    if (unitPrice < 0) issues.push({ field: `lines.${index}.unit_price`, message: PRICE_NOT_NEGATIVE });
    subtotal += quantity * unitPrice;
  });
  if ((doc.discount ?? 0) > subtotal) issues.push({ field: 'discount', message: DISCOUNT_TOO_LARGE });
  return issues;
}

const TAX_RATE_BASIS_POINTS = 1800;

export function tax_on(amount) {
  return Math.floor((amount * TAX_RATE_BASIS_POINTS + 5000) / 10000);
}
