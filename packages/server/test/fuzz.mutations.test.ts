/**
 * Property-based fuzzing (fast-check, fixed seed, bounded runs) of EVERY mutation's input through the real GraphQL
 * endpoint (docs/security.md § Bad input). Values are drawn per argument type and name: national ids, IBAN/NRB,
 * phones, e-mails, dates (Feb 30, year 9999, …), amounts (negative, 0, 16 digits, 1e-3, exponent, non-numeric),
 * strings with control characters, SQL and HTML, long strings; ids from a pool of real ids, random UUIDs and junk.
 * Properties: never HTTP 5xx, never INTERNAL_SERVER_ERROR; every BAD_USER_INPUT names the offending field(s).
 * Plus round trips: hostile text that is accepted is stored and answered unchanged (no loss, no escaping).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  getNamedType,
  isObjectType,
  isAbstractType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createTestDb } from './support/db.js';
import { startTestApp } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { apiToken, borrowerSession, staffSession } from './support/faults.js';
import { getSchema } from '../src/graphql/schema.js';
import { securityLimits } from '../src/http/security.js';
import { initSecretsKey } from '../src/integrations/secrets.js';

process.env.RATY_TODAY = '2026-11-25';
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let schema: GraphQLSchema;
const h: Record<string, Record<string, string>> = {};
const realIds: string[] = [];

beforeAll(async () => {
  initSecretsKey({ secret: 'fuzz-secret' });
  db = await createTestDb();
  app = await startTestApp(db);
  schema = await getSchema();
  securityLimits.setEnabled(false);
  const loan = await createLoan(db);
  const loan2 = await createLoan(db);
  h.admin = { cookie: (await staffSession(db.sql, ['ADMIN'])).cookie };
  h.partner = { authorization: (await apiToken(db.sql, 'PARTNER')).authorization };
  h.borrower = { cookie: (await borrowerSession(db.sql, loan.partyId)).cookie };
  await db.sql`insert into feature_switches (key, enabled) values ('SOFT_COLLECTION', true) on conflict (key) do update set enabled = true`;
  realIds.push(loan.loanId, loan.partyId, loan.fileId, loan2.loanId, loan2.partyId, loan2.fileId);
});
afterAll(async () => {
  securityLimits.setEnabled(true);
  await app?.close();
  await db?.drop();
});

// ------------------------------------------------------------------------------------------------------------------
// hostile values

const CONTROL = fc.constantFrom('\u0000', '\u0007', '\b', '\u001b[31m', '\r\n', '\t', '\u2028', '\u202e', '\ufeff', '\ud800');
const INJECTION = fc.constantFrom(
  "'; drop table payments; --",
  "1' or '1'='1",
  '" or 1=1 --',
  '$1',
  '%s%s%n',
  '{{7*7}}',
  '${7*7}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../etc/passwd',
  'null',
  'undefined',
  '[]',
  '{}',
  '\\',
  '\\u0000',
  'Zażółć gęślą jaźń',
  '🙂👍🏽',
  'ß'.repeat(300),
);
const longString = fc.constantFrom('a'.repeat(1_000), 'x'.repeat(100_000), '9'.repeat(5_000));
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  INJECTION,
  CONTROL.map((c) => `a${c}b`),
  longString,
  fc.constant(''),
  fc.constant('   '),
);

const NATIONAL_IDS = fc.constantFrom(
  '44051401359',
  '44051401358',
  '02270803628',
  '00000000000',
  '4405140135',
  '440514013599',
  'ABCDEFGHIJK',
  '7801011234',
  '780101/1234',
  '44 05 14 01 359',
  '-44051401359',
  '１２３４５６７８９０１',
);
const IBANS = fc.constantFrom(
  'PL61109010140000071219812874',
  'PL61109010140000071219812875',
  '61109010140000071219812874',
  '61 1090 1014 0000 0712 1981 2874',
  'SK3112000000198742637541',
  'DE89370400440532013000',
  'PL611090101400000712198128',
  'XX00',
  '',
);
const PHONES = fc.constantFrom(
  '601234567',
  '+48601234567',
  '0048601234567',
  '48601234567',
  '60123456',
  '6012345678',
  '+421901234567',
  '123',
  '+48 601-234-567',
  'tel:601234567',
  '601234567\n602345678',
  '',
);
const EMAILS = fc.constantFrom('jan@example.com', 'a@b', '@example.com', 'jan@@example.com', 'jan@example.com\r\nBcc: x@y.z', `${'a'.repeat(300)}@example.com`, 'ÄÖ@example.com', '');
const AMOUNTS = fc.oneof(
  fc.constantFrom(
    '-1.00',
    '0',
    '0.00',
    '-0.00',
    '1234567890123456',
    '1234567890123456.78',
    '99999999999999999999.99',
    '1e-3',
    '1E3',
    '1e308',
    '0.001',
    '1.005',
    '12,50',
    '1 000.00',
    'abc',
    '',
    ' 1.00',
    'NaN',
    'Infinity',
    '0x10',
    '+1.00',
    '.5',
    '5.',
  ),
  fc.integer({ min: -100_000, max: 10_000_000 }).map((c) => `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`),
);
const DATES = fc.oneof(
  fc.constantFrom(
    '2026-02-30',
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    '2026-00-10',
    '9999-12-31',
    '0001-01-01',
    '1900-01-01',
    '2026-1-1',
    '26-01-01',
    '2026/01/01',
    '',
    'today',
    '2026-11-25T00:00:00Z',
  ),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const DATETIMES = fc.constantFrom('2026-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', '', '2026-01-01');

function byName(name: string): fc.Arbitrary<unknown> | null {
  const n = name.toLowerCase();
  if (/nationalid|pesel|^pin$|login/.test(n)) return fc.oneof(NATIONAL_IDS, hostileString);
  if (/iban|account|nrb/.test(n)) return fc.oneof(IBANS, hostileString);
  if (/phone|contactinfo|^value$/.test(n)) return fc.oneof(PHONES, EMAILS, hostileString);
  if (/email/.test(n)) return fc.oneof(EMAILS, hostileString);
  if (/url/.test(n))
    return fc.oneof(fc.constantFrom('http://127.0.0.1:9/', 'https://api.smsapi.pl/', 'javascript:alert(1)', 'file:///etc/passwd', 'http://169.254.169.254/', 'ftp://x'), hostileString);
  return null;
}

function arb(t: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(t)) return arb(t.ofType as GraphQLInputType, name, depth);
  if (isListType(t)) return fc.array(arb(t.ofType as GraphQLInputType, name, depth + 1), { minLength: 0, maxLength: 3 });
  if (isEnumType(t)) return fc.constantFrom(...t.getValues().map((v) => v.name));
  if (isInputObjectType(t)) {
    const rec: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const f of Object.values(t.getFields())) {
      rec[f.name] = arb(f.type, f.name, depth + 1);
      if (isNonNullType(f.type)) required.push(f.name);
    }
    return fc.record(rec, { requiredKeys: required });
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'ID':
        return fc.oneof(fc.constantFrom(...realIds), fc.uuid(), hostileString);
      case 'Int':
        return fc.oneof(fc.constantFrom(-1, 0, 1, 200, 201, 2 ** 31 - 1, -(2 ** 31)), fc.integer({ min: -1000, max: 1000 }));
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'Decimal':
        return AMOUNTS;
      case 'Date':
        return DATES;
      case 'DateTime':
        return DATETIMES;
      default:
        return byName(name) ?? hostileString;
    }
  }
  return fc.constant(null);
}

function callArb(field: GraphQLField<unknown, unknown>) {
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  const args = field.args as readonly GraphQLArgument[];
  const query = `mutation Fuzz${args.length ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : ''} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${selection} }`;
  const rec: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of args) rec[a.name] = isNonNullType(a.type) ? arb(a.type, a.name) : fc.option(arb(a.type, a.name), { nil: undefined });
  return { query, variables: fc.record(rec, { requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name) }) };
}

/** which actor calls a mutation (the one that passes its authorization) */
function actorFor(name: string): Record<string, string> {
  if (['clientChangePassword', 'startOnlinePayment'].includes(name)) return h.borrower;
  return h.admin;
}

interface Answer {
  status: number;
  text: string;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; rule: string; message: string }[] } }[];
}

let ip = 0;
async function send(query: string, variables: unknown, headers: Record<string, string>): Promise<Answer> {
  ip = (ip + 1) % 250;
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.0.${ip + 1}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: Partial<Answer> = {};
  try {
    body = JSON.parse(text) as Partial<Answer>;
  } catch {
    /* not JSON */
  }
  return { status: res.status, text, errors: body.errors };
}

/** the problems of one answer (empty = the properties hold) */
function problems(a: Answer, argNames: string[]): string[] {
  const out: string[] = [];
  if (a.status >= 500 && a.status !== 413) out.push(`HTTP ${a.status}: ${a.text.slice(0, 300)}`);
  for (const e of a.errors ?? []) {
    const code = e.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') out.push(`INTERNAL_SERVER_ERROR: ${e.message}`);
    if (code === 'BAD_USER_INPUT') {
      const fields = e.extensions?.fields;
      // GraphQL's own variable coercion errors name the variable and the path in the message
      const coercion = /^Variable "\$(\w+)" (got invalid value|of required type|of non-null type)/.exec(e.message);
      if (coercion) {
        if (!argNames.includes(coercion[1])) out.push(`coercion error names no argument: ${e.message}`);
      } else if (!fields?.length) out.push(`BAD_USER_INPUT without fields: ${e.message}`);
      // (operations without arguments name the stored settings they need, e.g. testSmsConnection → smsToken)
      else
        for (const f of fields)
          if (!f.field || (argNames.length && !argNames.some((n) => f.field === n || f.field.startsWith(`${n}.`) || f.field.startsWith(`${n}[`))))
            out.push(`BAD_USER_INPUT names "${f.field}" (not an argument path): ${e.message.slice(0, 200)}`);
    }
  }
  if (/node_modules|\.ts:\d+|at [A-Za-z.]+ \(|syntax error at or near|violates .* constraint/i.test(a.text)) out.push(`internals in the answer: ${a.text.slice(0, 300)}`);
  return out;
}

const SKIP = new Set(['logout', 'clientLogout']); // end the fuzzing actor's own session; no input

describe('fuzzing every mutation through the real endpoint', () => {
  it(`${RUNS} runs per mutation (seed ${SEED}): no 5xx, no INTERNAL_SERVER_ERROR, BAD_USER_INPUT names the field`, async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !SKIP.has(f.name));
    const found = new Map<string, { problem: string; variables: unknown }>();
    let calls = 0;
    for (const field of mutations) {
      const { query, variables } = callArb(field);
      const argNames = field.args.map((a) => a.name);
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          calls += 1;
          const a = await send(query, vars, actorFor(field.name));
          const p = problems(a, argNames);
          const key = p.length ? `${field.name}: ${p[0].replace(/\(reference [0-9a-f-]+\)/, '').slice(0, 60)}` : '';
          if (p.length && !found.has(key)) found.set(key, { problem: p[0], variables: JSON.stringify(vars).slice(0, 300) });
          return true; // collect every distinct problem instead of stopping at the first
        }),
        { numRuns: RUNS, seed: SEED + field.name.length, endOnFailure: true },
      );
    }
    const report = [...found.entries()].map(([k, v]) => `${k}\n    ${v.problem}\n    vars: ${v.variables}`);
    console.log(`[fuzz] ${mutations.length} mutations, ${calls} calls, ${found.size} distinct problems`);
    if (report.length) console.log(report.join('\n'));
    expect(report).toEqual([]);
  }, 300_000);
});

describe('hostile text is stored without loss', () => {
  it('contract type names and payment descriptions round-trip exactly (SQL, HTML, unicode, control chars)', async () => {
    const loan = await createLoan(db);
    let k = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(INJECTION, fc.string({ minLength: 1, maxLength: 60 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })), async (text) => {
        k += 1;
        const name = `${text}`.trim() || 'x';
        const created = await send(`mutation($i: ContractTypeInput!) { createContractType(input: $i) { id name } }`, { i: { code: `FZ${k}`, name } }, h.admin);
        if (!created.errors) {
          const got = JSON.parse(created.text).data.createContractType.name as string;
          expect(got).toBe(name);
        } else expect(created.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
        const paid = await send(
          `mutation($i: RegisterPaymentInput!) { registerPayment(input: $i) { payment { id description } } }`,
          { i: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-03-01', amountPaid: '1.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: `fz-${k}`, description: text } },
          h.admin,
        );
        if (!paid.errors) {
          const [row] = await db.sql<{ description: string | null }[]>`select description from payments where idempotency_key = ${`fz-${k}`}`;
          expect(row.description).toBe(text);
        } else expect(paid.errors[0].extensions?.code, paid.text).toBe('BAD_USER_INPUT');
      }),
      { numRuns: 40, seed: SEED },
    );
  }, 120_000);
});
