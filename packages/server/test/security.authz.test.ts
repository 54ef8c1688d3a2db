/**
 * Generated authorization matrix (docs/security.md § Authorization matrix). For EVERY query and mutation of the schema
 * and every actor, a minimal valid-shaped call is built from the field's argument types (dummy values: random UUIDs,
 * "x", 1, first enum value, …) and sent through the real HTTP endpoint. Outcome:
 *   deny  = the first error is UNAUTHENTICATED or FORBIDDEN (not the borrower's PASSWORD_CHANGE_REQUIRED)
 *   allow = anything else (data, BAD_USER_INPUT, NOT_FOUND, CONFLICT, FEATURE_DISABLED … = passed authorization)
 * The observed matrix must equal the table in docs/security.md — a new operation without a row fails, and so does
 * a row without an operation. `AUTHZ_RECORD=1` prints the observed table (to update the doc after a REVIEWED change).
 *
 * Also: borrower isolation (A never sees B's loans/payments: NOT_FOUND, no B data in any answer).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
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
import { ACTOR_NAMES, apiToken, borrowerSession, staffSession, type ActorName } from './support/faults.js';
import { getSchema } from '../src/graphql/schema.js';
import { securityLimits } from '../src/http/security.js';

process.env.RATY_TODAY = '2026-11-25';

const DOC = path.resolve(__dirname, '..', '..', '..', 'docs', 'security.md');
const COLUMNS: { actor: ActorName; header: string }[] = [
  { actor: 'anonymous', header: 'anonymous' },
  { actor: 'ADMIN', header: 'ADMIN' },
  { actor: 'SERVICING', header: 'SERVICING' },
  { actor: 'NOTICES_EDIT', header: 'NOTICES_EDIT' },
  { actor: 'NOTICES_VIEW', header: 'NOTICES_VIEW' },
  { actor: 'ANALYST_SESSION', header: 'ANALYST session' },
  { actor: 'ANALYST_TOKEN', header: 'analyst token' },
  { actor: 'PARTNER_TOKEN', header: 'partner token' },
  { actor: 'BORROWER_A', header: 'borrower A' },
  { actor: 'BORROWER_B', header: 'borrower B' },
];

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let schema: GraphQLSchema;
const headers = {} as Record<ActorName, Record<string, string>>;
let A: Awaited<ReturnType<typeof createLoan>>;
let B: Awaited<ReturnType<typeof createLoan>>;

beforeAll(async () => {
  db = await createTestDb();
  app = await startTestApp(db);
  schema = await getSchema();
  securityLimits.setEnabled(false); // ~1,000 calls from a few callers; the limits have their own test
  A = await createLoan(db);
  B = await createLoan(db);
  headers.anonymous = {};
  for (const role of ['ADMIN', 'SERVICING', 'NOTICES_EDIT', 'NOTICES_VIEW'] as const) headers[role] = { cookie: (await staffSession(db.sql, [role])).cookie };
  headers.ANALYST_SESSION = { cookie: (await staffSession(db.sql, ['ANALYST'])).cookie };
  headers.ANALYST_TOKEN = { authorization: (await apiToken(db.sql, 'ANALYST')).authorization };
  headers.PARTNER_TOKEN = { authorization: (await apiToken(db.sql, 'PARTNER')).authorization };
  headers.BORROWER_A = { cookie: (await borrowerSession(db.sql, A.partyId)).cookie };
  headers.BORROWER_B = { cookie: (await borrowerSession(db.sql, B.partyId)).cookie };
  // soft collection on, so that collection operations get past the feature switch to their own checks
  await gql(`mutation { activateSoftCollection { active } }`, {}, headers.ADMIN);
});
afterAll(async () => {
  securityLimits.setEnabled(true);
  await app?.close();
  await db?.drop();
});

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } & Record<string, unknown> }[];
  text: string;
}

async function gql(query: string, variables: Record<string, unknown>, h: Record<string, string>): Promise<Answer> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body: Partial<Answer> = {};
  try {
    body = JSON.parse(text) as Partial<Answer>;
  } catch {
    /* not JSON */
  }
  return { status: res.status, data: body.data, errors: body.errors, text };
}

// ------------------------------------------------------------------------------------------------------------------
// minimal valid-shaped calls from the schema

function typeRef(t: GraphQLInputType): string {
  return t.toString();
}

function dummy(t: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(t)) return dummy(t.ofType as GraphQLInputType, depth);
  if (isListType(t)) return [dummy(t.ofType as GraphQLInputType, depth)];
  if (isEnumType(t)) return t.getValues()[0].name;
  if (isInputObjectType(t)) {
    const o: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) o[f.name] = dummy(f.type, depth + 1);
    return o;
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'ID':
        return randomUUID();
      case 'String':
        return 'x';
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Decimal':
        return '1.00';
      case 'Date':
        return '2026-01-01';
      case 'DateTime':
        return '2026-01-01T00:00:00Z';
      default:
        return 'x';
    }
  }
  return null;
}

export function buildCall(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const defs = required.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  const query = `${kind} Op${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  const variables: Record<string, unknown> = {};
  for (const a of required) variables[a.name] = dummy(a.type);
  return { query, variables };
}

type Outcome = 'allow' | 'deny';
function outcomeOf(a: Answer): { outcome: Outcome; code: string } {
  const e = a.errors?.[0];
  const code = e?.extensions?.code ?? (a.status >= 400 ? `HTTP_${a.status}` : 'OK');
  const deny = (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') && e?.extensions?.reason !== 'PASSWORD_CHANGE_REQUIRED';
  return { outcome: deny ? 'deny' : 'allow', code };
}

/** operations that end the caller's session or switch features off run after everything else */
const LAST = ['deactivateSoftCollection', 'deactivateSmsIntegration', 'logout', 'clientLogout'];

function operations(s: GraphQLSchema): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const ops = [
    ...Object.values(s.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(s.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
  return [...ops.filter((o) => !LAST.includes(o.field.name)), ...LAST.map((n) => ops.find((o) => o.field.name === n)!).filter(Boolean)];
}

function parseDocTable(): Map<string, Record<string, Outcome>> {
  const md = fs.readFileSync(DOC, 'utf8');
  const m = /<!-- authz-matrix:start -->([\s\S]*?)<!-- authz-matrix:end -->/.exec(md);
  if (!m) throw new Error('docs/security.md has no <!-- authz-matrix:start --> … <!-- authz-matrix:end --> table');
  const rows = m[1].split('\n').filter((l) => l.startsWith('|'));
  const head = rows[0]
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
  const out = new Map<string, Record<string, Outcome>>();
  for (const r of rows.slice(2)) {
    const cells = r
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const op = cells[0].replace(/`/g, '');
    const rec: Record<string, Outcome> = {};
    head.forEach((h, i) => {
      if (i < 2) return;
      const col = COLUMNS.find((c) => c.header === h);
      if (col) rec[col.actor] = /allow|✅/.test(cells[i]) ? 'allow' : 'deny';
    });
    out.set(op, rec);
  }
  return out;
}

function renderTable(observed: Map<string, { kind: string; row: Record<string, Outcome> }>): string {
  const head = `| operation | kind | ${COLUMNS.map((c) => c.header).join(' | ')} |`;
  const sep = `| --- | --- | ${COLUMNS.map(() => ':-:').join(' | ')} |`;
  const lines = [...observed.entries()]
    .sort(([a, x], [b, y]) => (x.kind === y.kind ? a.localeCompare(b) : x.kind === 'query' ? -1 : 1))
    .map(([op, { kind, row }]) => `| \`${op}\` | ${kind === 'query' ? 'Q' : 'M'} | ${COLUMNS.map((c) => (row[c.actor] === 'allow' ? 'allow' : '–')).join(' | ')} |`);
  return [head, sep, ...lines].join('\n');
}

describe('authorization matrix (generated from the schema, checked against docs/security.md)', () => {
  it('every operation × actor matches the documented allow/deny; no INTERNAL_SERVER_ERROR on dummy input', async () => {
    expect(ACTOR_NAMES).toHaveLength(COLUMNS.length);
    const observed = new Map<string, { kind: string; row: Record<string, Outcome> }>();
    const internal: string[] = [];
    for (const { kind, field } of operations(schema)) {
      const { query, variables } = buildCall(kind, field);
      const row = {} as Record<string, Outcome>;
      for (const c of COLUMNS) {
        const a = await gql(query, variables, headers[c.actor]);
        const o = outcomeOf(a);
        if (o.code === 'INTERNAL_SERVER_ERROR' || a.status >= 500 || o.code === 'GRAPHQL_VALIDATION_FAILED' || /^Variable "\$/.test(a.errors?.[0]?.message ?? ''))
          internal.push(`${field.name} as ${c.actor}: ${o.code} ${a.errors?.[0]?.message ?? a.text.slice(0, 200)}`);
        row[c.actor] = o.outcome;
        if (process.env.AUTHZ_RECORD && (c.actor === 'anonymous' || c.actor === 'ADMIN')) console.log(`[authz] ${field.name} ${c.actor} ${o.code} ${(a.errors?.[0]?.message ?? '').slice(0, 160)}`);
      }
      observed.set(field.name, { kind, row });
    }
    if (process.env.AUTHZ_RECORD) fs.writeFileSync(path.join(process.env.TMPDIR ?? '/tmp', 'authz-matrix.md'), renderTable(observed) + '\n');

    const documented = parseDocTable();
    const missingRows = [...observed.keys()].filter((op) => !documented.has(op));
    const staleRows = [...documented.keys()].filter((op) => !observed.has(op));
    expect(missingRows, 'operations without a row in docs/security.md').toEqual([]);
    expect(staleRows, 'rows in docs/security.md without an operation').toEqual([]);
    const diffs: string[] = [];
    for (const [op, { row }] of observed)
      for (const c of COLUMNS) if (documented.get(op)![c.actor] !== row[c.actor]) diffs.push(`${op} × ${c.header}: documented ${documented.get(op)![c.actor]}, observed ${row[c.actor]}`);
    expect(diffs).toEqual([]);
    expect(internal).toEqual([]);
  }, 120_000);

  it('every mutation is behind an authorization check except the documented public ones', async () => {
    const PUBLIC_MUTATIONS = ['login', 'logout', 'clientLogin', 'clientLogout', 'clientRequestOneTimePassword'];
    const documented = parseDocTable();
    const publicOps = Object.keys(schema.getMutationType()!.getFields()).filter((m) => documented.get(m)?.anonymous === 'allow');
    expect(publicOps.sort()).toEqual(PUBLIC_MUTATIONS.sort());
  });
});

describe('borrower isolation (A never reaches B)', () => {
  it("every client-zone operation with B's ids as A → NOT_FOUND, and no answer carries B's data", async () => {
    // fresh borrowers (the matrix above logged A and B out with clientLogout); B has a posted payment
    A = await createLoan(db);
    B = await createLoan(db);
    headers.BORROWER_A = { cookie: (await borrowerSession(db.sql, A.partyId)).cookie };
    headers.BORROWER_B = { cookie: (await borrowerSession(db.sql, B.partyId)).cookie };
    const servicing = { cookie: (await staffSession(db.sql, ['SERVICING'])).cookie };
    const paid = await gql(
      `mutation($i: RegisterPaymentInput!) { registerPayment(input: $i) { payment { id } } }`,
      { i: { loanId: B.loanId, clientId: B.partyId, paymentDate: '2026-03-01', amountPaid: '123.45', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'iso-b-1' } },
      servicing,
    );
    expect(paid.errors).toBeUndefined();
    const bPaymentId = (paid.data!.registerPayment as { payment: { id: string } }).payment.id;
    const [bParty] = await db.sql<{ national_id: string; last_name: string }[]>`select national_id, last_name from parties where id = ${B.partyId}`;
    const [bLoan] = await db.sql<{ number: string }[]>`select number from loans where id = ${B.loanId}`;
    const forbiddenText = [B.loanId, bLoan.number, bParty.national_id, bParty.last_name, B.partyId, bPaymentId, '123.45'];
    const calls: { name: string; query: string; variables: Record<string, unknown>; expect: 'NOT_FOUND' | 'OWN' }[] = [
      { name: 'myLoan(B)', query: `query($id: ID!) { myLoan(id: $id) { id number borrower } }`, variables: { id: B.loanId }, expect: 'NOT_FOUND' },
      { name: 'startOnlinePayment(B)', query: `mutation($l: ID!) { startOnlinePayment(loanId: $l, amount: "10.00") { onlinePaymentId } }`, variables: { l: B.loanId }, expect: 'NOT_FOUND' },
      { name: 'myLoan(B payment id)', query: `query($id: ID!) { myLoan(id: $id) { id } }`, variables: { id: bPaymentId }, expect: 'NOT_FOUND' },
      { name: 'myLoans', query: `{ myLoans { id number borrower } }`, variables: {}, expect: 'OWN' },
      { name: 'clientMe', query: `{ clientMe { partyId login name } }`, variables: {}, expect: 'OWN' },
    ];
    for (const c of calls) {
      const a = await gql(c.query, c.variables, headers.BORROWER_A);
      for (const t of forbiddenText) expect(a.text, `${c.name} leaks B's data`).not.toContain(t);
      if (c.expect === 'NOT_FOUND') {
        // NOT_FOUND, or FEATURE_DISABLED for online payments when no gateway is configured — never B's data
        expect(['NOT_FOUND'], `${c.name}: ${a.text.slice(0, 200)}`).toContain(a.errors?.[0]?.extensions?.code);
      } else expect(a.errors, c.name).toBeUndefined();
    }
    // a non-existent loan answers exactly like B's loan (no existence oracle)
    const ghost = await gql(`query($id: ID!) { myLoan(id: $id) { id } }`, { id: randomUUID() }, headers.BORROWER_A);
    const other = await gql(`query($id: ID!) { myLoan(id: $id) { id } }`, { id: B.loanId }, headers.BORROWER_A);
    expect(other.errors?.[0].message).toBe(ghost.errors?.[0].message);
    // B sees its own loan and payment (the ids above are real)
    const bOwn = await gql(`query($id: ID!) { myLoan(id: $id) { id repayments { amount } } }`, { id: B.loanId }, headers.BORROWER_B);
    expect(bOwn.text).toContain('123.45');
    // A sees its own loan
    const own = await gql(`query($id: ID!) { myLoan(id: $id) { id } }`, { id: A.loanId }, headers.BORROWER_A);
    expect(own.errors).toBeUndefined();
    // staff-side operations with a borrower cookie: denied
    const staffOp = await gql(`query($id: ID!) { loan(id: $id) { id } }`, { id: B.loanId }, headers.BORROWER_A);
    expect(staffOp.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(staffOp.text).not.toContain(bLoan.number);
  });
});
