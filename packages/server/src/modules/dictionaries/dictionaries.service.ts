import { and, asc, eq, sql } from 'drizzle-orm';
import { DAY_COUNTS, DEFAULT_CONVENTIONS, formatMoney, isDomainError, parseConventions, type ScheduleConventions } from '@raty/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { aprCaps, contractTypes, debtorFiles, loans, receivableKinds, sellingChannels } from '../../db/schema/index.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, IssueCollector, NotFound } from '../../graphql/errors.js';
import { audit } from '../common/index.js';
import { listLegalRates } from '../legal-rates/index.js';
import type { AprCapInput, ContractTypeInput, ReceivableKindInput, SellingChannelInput } from './dictionaries.types.js';

type Ctx = Pick<Context, 'db' | 'actor' | 'requestId'>;
type ContractTypeRow = typeof contractTypes.$inferSelect;
type ChannelRow = typeof sellingChannels.$inferSelect;
type KindRow = typeof receivableKinds.$inferSelect;
type CapRow = typeof aprCaps.$inferSelect;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNTRIES = ['PL', 'SK'] as const;

/** `undefined` = not sent (keep), `null` = cleared. */
function pick<T>(sent: T | null | undefined, stored: T | null | undefined): T | null | undefined {
  return sent === undefined ? stored : sent;
}

function requiredText(issues: IssueCollector, field: string, value: string | null | undefined, max: number, label: string): string {
  const v = (value ?? '').trim();
  if (!v) issues.add(field, 'required', `${label} is required`);
  else if ([...v].length > max) issues.add(field, 'text.maxLength', `${label} may have at most ${max} characters`, { max });
  return v;
}

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';
}

async function withTx<T>(ctx: Ctx, fn: (tx: DbOrTx) => Promise<T>, conflictMessage: string, field: string): Promise<T> {
  try {
    return await ctx.db.transaction(async (tx) => fn(tx));
  } catch (e) {
    if (isUniqueViolation(e)) throw new Conflict(conflictMessage, { field });
    throw e;
  }
}

function loadById<T>(rows: T[], what: string): T {
  if (!rows[0]) throw new NotFound(what);
  return rows[0];
}

function checkId(id: string, what: string) {
  if (!UUID_RE.test(id)) throw new NotFound(what);
}

// ------------------------------------------------------------------------------------------------
// contract types

export function listContractTypes(db: Db): Promise<ContractTypeRow[]> {
  return db.select().from(contractTypes).orderBy(asc(contractTypes.code));
}

async function resolveKindCode(db: Db, issues: IssueCollector, code: string | null | undefined): Promise<string | null | undefined> {
  if (code === undefined) return undefined;
  if (code === null || code.trim() === '') return null;
  const [k] = await db.select({ id: receivableKinds.id }).from(receivableKinds).where(eq(receivableKinds.code, code.trim().toUpperCase()));
  if (!k) issues.add('input.receivableKindCode', 'notFound', `Receivable kind ${code} does not exist`, { code });
  return k?.id ?? null;
}

async function validateContractType(db: Db, input: ContractTypeInput, stored: ContractTypeRow | null) {
  const issues = new IssueCollector();
  const code = requiredText(issues, 'input.code', pick(input.code, stored?.code), 20, 'Code');
  const name = requiredText(issues, 'input.name', pick(input.name, stored?.name), 200, 'Name');
  const country = (pick(input.country, stored?.country) ?? 'PL').trim().toUpperCase();
  if (!(COUNTRIES as readonly string[]).includes(country)) issues.add('input.country', 'oneOf', 'Country must be PL or SK', { values: COUNTRIES });
  const rateCalculatedBy = pick(input.rateCalculatedBy, stored?.rateCalculatedBy) ?? 'SYSTEM';
  const installmentCalculatedBy = pick(input.installmentCalculatedBy, stored?.installmentCalculatedBy) ?? 'SYSTEM';
  const sellingChannelRequirement = pick(input.sellingChannelRequirement, stored?.sellingChannelRequirement) ?? 'OPTIONAL';
  const aprCheckBy = pick(input.aprCheckBy, stored?.aprCheckBy) ?? 'SIGNATURE_DATE';
  const interestMethod = pick(input.interestMethod, stored?.interestMethod) ?? 'D';
  if (interestMethod === 'F' && rateCalculatedBy !== 'FRONTEND') {
    issues.add(
      'input.interestMethod',
      'interestMethod.fRequiresFrontend',
      'Interest method F is allowed only when the rate, APR and Odplata are calculated by the FRONTEND (the system never computes F)',
    );
  }
  const deferralMonths = pick(input.deferralMonths, stored?.deferralMonths) ?? 0;
  if (!Number.isInteger(deferralMonths) || deferralMonths < 0 || deferralMonths > 24) {
    issues.add('input.deferralMonths', 'range', 'Deferral months must be a whole number from 0 to 24', { min: 0, max: 24 });
  }
  const kindId = await resolveKindCode(db, issues, input.receivableKindCode);
  const scheduleConventions = mergeConventions(issues, stored?.scheduleConventions ?? {}, input.conventions);
  issues.throwIfAny();
  return {
    code: code.toUpperCase(),
    name,
    country,
    rateCalculatedBy,
    installmentCalculatedBy,
    sellingChannelRequirement,
    aprCheckBy,
    interestMethod,
    deferralMonths,
    receivableKindId: kindId === undefined ? (stored?.receivableKindId ?? null) : kindId,
    scheduleConventions,
  };
}

/**
 * Stored conventions + the fields sent (partial update), validated by the domain; only non-default values are
 * stored, so '{}' means "the engine's defaults".
 */
function mergeConventions(issues: IssueCollector, stored: ScheduleConventions, input: ContractTypeInput['conventions']): ScheduleConventions {
  const merged: Record<string, unknown> = { ...stored };
  if (input) {
    for (const [k, v] of Object.entries(input)) {
      if (v === undefined) continue;
      if (v === null) delete merged[k];
      else merged[k] = v;
    }
  }
  try {
    const c = parseConventions(merged as ScheduleConventions);
    const out: ScheduleConventions = {};
    if (c.rounding !== DEFAULT_CONVENTIONS.rounding) out.rounding = c.rounding;
    if (c.multiple !== 0n) out.installmentMultiple = formatMoney(c.multiple);
    if (c.part !== DEFAULT_CONVENTIONS.partPeriodInterest) out.partPeriodInterest = c.part;
    if (c.emi !== DEFAULT_CONVENTIONS.emi) out.emi = c.emi;
    if (c.payoff !== DEFAULT_CONVENTIONS.payoffInterest) out.payoffInterest = c.payoff;
    if (c.early !== DEFAULT_CONVENTIONS.earlyMoney) out.earlyMoney = c.early;
    if (c.holiday !== DEFAULT_CONVENTIONS.holidayInterest) out.holidayInterest = c.holiday;
    return out;
  } catch (e) {
    if (!isDomainError(e)) throw e;
    issues.add(`input.${e.field}`, `domain.${e.code}`, e.message, e.params);
    return stored;
  }
}

export async function createContractType(ctx: Ctx, input: ContractTypeInput): Promise<ContractTypeRow> {
  const values = await validateContractType(ctx.db, input, null);
  return withTx(
    ctx,
    async (tx) => {
      const [row] = await tx.insert(contractTypes).values(values).returning();
      await audit(ctx, 'CREATE', 'contract_type', row.id, null, values, tx);
      return row;
    },
    `A contract type with code ${values.code} already exists`,
    'input.code',
  );
}

export async function updateContractType(ctx: Ctx, id: string, input: ContractTypeInput): Promise<ContractTypeRow> {
  checkId(id, 'Contract type');
  const before = loadById(await ctx.db.select().from(contractTypes).where(eq(contractTypes.id, id)), 'Contract type');
  const values = await validateContractType(ctx.db, input, before);
  return withTx(
    ctx,
    async (tx) => {
      const [row] = await tx.update(contractTypes).set(values).where(eq(contractTypes.id, id)).returning();
      await audit(ctx, 'UPDATE', 'contract_type', id, before, row, tx);
      return row;
    },
    `A contract type with code ${values.code} already exists`,
    'input.code',
  );
}

export async function deleteContractType(ctx: Ctx, id: string): Promise<boolean> {
  checkId(id, 'Contract type');
  return ctx.db.transaction(async (txx) => {
    const tx = txx;
    const before = loadById(await tx.select().from(contractTypes).where(eq(contractTypes.id, id)).for('update'), 'Contract type');
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(loans)
      .where(eq(loans.contractTypeId, id));
    if (used.n > 0) throw new Conflict(`Contract type ${before.code} is used by ${used.n} contract(s) and cannot be deleted`, { field: 'id' });
    await tx.delete(contractTypes).where(eq(contractTypes.id, id));
    await audit(ctx, 'DELETE', 'contract_type', id, before, null, tx);
    return true;
  });
}

// ------------------------------------------------------------------------------------------------
// selling channels

export function listSellingChannels(db: Db, validOn?: string | null): Promise<ChannelRow[]> {
  const q = db.select().from(sellingChannels);
  const filtered = validOn ? q.where(and(sql`${sellingChannels.validFrom} <= ${validOn}`, sql`(${sellingChannels.validTo} is null or ${sellingChannels.validTo} >= ${validOn})`)) : q;
  return filtered.orderBy(asc(sellingChannels.code));
}

function validateChannel(input: SellingChannelInput, stored: ChannelRow | null) {
  const issues = new IssueCollector();
  const code = requiredText(issues, 'input.code', pick(input.code, stored?.code), 12, 'Code');
  const name = requiredText(issues, 'input.name', pick(input.name, stored?.name), 200, 'Name');
  const validFrom = pick(input.validFrom, stored?.validFrom) ?? null;
  if (!validFrom) issues.add('input.validFrom', 'required', 'Valid from is required');
  const validTo = pick(input.validTo, stored?.validTo) ?? null;
  if (validFrom && validTo && validTo < validFrom) {
    issues.add('input.validTo', 'date.notBefore', 'Valid to must not be before valid from', { min: validFrom });
  }
  issues.throwIfAny();
  return { code, name, validFrom: validFrom!, validTo };
}

export async function createSellingChannel(ctx: Ctx, input: SellingChannelInput): Promise<ChannelRow> {
  const values = validateChannel(input, null);
  return withTx(
    ctx,
    async (tx) => {
      const [row] = await tx.insert(sellingChannels).values(values).returning();
      await audit(ctx, 'CREATE', 'selling_channel', row.id, null, values, tx);
      return row;
    },
    `A selling channel with code ${values.code} already exists`,
    'input.code',
  );
}

export async function updateSellingChannel(ctx: Ctx, id: string, input: SellingChannelInput): Promise<ChannelRow> {
  checkId(id, 'Selling channel');
  const before = loadById(await ctx.db.select().from(sellingChannels).where(eq(sellingChannels.id, id)), 'Selling channel');
  const values = validateChannel(input, before);
  return withTx(
    ctx,
    async (tx) => {
      const [row] = await tx.update(sellingChannels).set(values).where(eq(sellingChannels.id, id)).returning();
      await audit(ctx, 'UPDATE', 'selling_channel', id, before, row, tx);
      return row;
    },
    `A selling channel with code ${values.code} already exists`,
    'input.code',
  );
}

export async function deleteSellingChannel(ctx: Ctx, id: string): Promise<boolean> {
  checkId(id, 'Selling channel');
  return ctx.db.transaction(async (txx) => {
    const tx = txx;
    const before = loadById(await tx.select().from(sellingChannels).where(eq(sellingChannels.id, id)).for('update'), 'Selling channel');
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(loans)
      .where(eq(loans.sellingChannelId, id));
    if (used.n > 0) throw new Conflict(`Selling channel ${before.code} is used by ${used.n} contract(s); end its validity (valid to) instead`, { field: 'id' });
    await tx.delete(sellingChannels).where(eq(sellingChannels.id, id));
    await audit(ctx, 'DELETE', 'selling_channel', id, before, null, tx);
    return true;
  });
}

// ------------------------------------------------------------------------------------------------
// receivable kinds

function validateKind(input: ReceivableKindInput, stored: KindRow | null) {
  const issues = new IssueCollector();
  const code = requiredText(issues, 'input.code', pick(input.code, stored?.code), 12, 'Code').toUpperCase();
  if (code && !/^[A-Z][A-Z0-9]*$/.test(code)) issues.add('input.code', 'receivableKind.codeFormat', 'Code must start with a letter and contain only letters and digits');
  const name = requiredText(issues, 'input.name', pick(input.name, stored?.name), 200, 'Name');
  const currency = (pick(input.currency, stored?.currency) ?? 'PLN').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) issues.add('input.currency', 'currency.format', 'Currency must be a 3-letter ISO 4217 code');
  const method = pick(input.method, stored?.method) ?? 'ANNUITY';
  if (method !== 'ANNUITY' && method !== 'EQUAL_PRINCIPAL') issues.add('input.method', 'oneOf', 'Method must be ANNUITY or EQUAL_PRINCIPAL', { values: ['ANNUITY', 'EQUAL_PRINCIPAL'] });
  const dayCount = pick(input.dayCount, stored?.dayCount) ?? '30/360';
  if (!(DAY_COUNTS as readonly string[]).includes(dayCount)) issues.add('input.dayCount', 'oneOf', `Day count must be one of ${DAY_COUNTS.join(', ')}`, { values: DAY_COUNTS });
  issues.throwIfAny();
  return { code, name, currency, method, dayCount };
}

export async function createReceivableKind(ctx: Ctx, input: ReceivableKindInput): Promise<KindRow> {
  const values = validateKind(input, null);
  return withTx(
    ctx,
    async (tx) => {
      const [row] = await tx.insert(receivableKinds).values(values).returning();
      await audit(ctx, 'CREATE', 'receivable_kind', row.id, null, values, tx);
      return row;
    },
    `A receivable kind with code ${values.code} already exists`,
    'input.code',
  );
}

export async function updateReceivableKind(ctx: Ctx, id: string, input: ReceivableKindInput): Promise<KindRow> {
  checkId(id, 'Receivable kind');
  const before = loadById(await ctx.db.select().from(receivableKinds).where(eq(receivableKinds.id, id)), 'Receivable kind');
  const values = validateKind(input, before);
  return withTx(
    ctx,
    async (tx) => {
      if (values.code !== before.code || values.currency !== before.currency) {
        const [used] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(debtorFiles)
          .where(eq(debtorFiles.receivableKindId, id));
        if (used.n > 0 && values.code !== before.code) throw new Conflict('The code of a receivable kind with debtor files cannot change (file numbers show it)', { field: 'input.code' });
        // the amounts of its files' loans and notices are in that currency (the registry totals per currency read it)
        if (used.n > 0) throw new Conflict(`The currency of a receivable kind with debtor files cannot change (their amounts are in ${before.currency})`, { field: 'input.currency' });
      }
      const [row] = await tx.update(receivableKinds).set(values).where(eq(receivableKinds.id, id)).returning();
      await audit(ctx, 'UPDATE', 'receivable_kind', id, before, row, tx);
      return row;
    },
    `A receivable kind with code ${values.code} already exists`,
    'input.code',
  );
}

export async function deleteReceivableKind(ctx: Ctx, id: string): Promise<boolean> {
  checkId(id, 'Receivable kind');
  return ctx.db.transaction(async (txx) => {
    const tx = txx;
    const before = loadById(await tx.select().from(receivableKinds).where(eq(receivableKinds.id, id)).for('update'), 'Receivable kind');
    const [files] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(debtorFiles)
      .where(eq(debtorFiles.receivableKindId, id));
    const [types] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(contractTypes)
      .where(eq(contractTypes.receivableKindId, id));
    if (files.n + types.n > 0) throw new Conflict(`Receivable kind ${before.code} is used by debtor files or contract types and cannot be deleted`, { field: 'id' });
    await tx.delete(receivableKinds).where(eq(receivableKinds.id, id));
    await audit(ctx, 'DELETE', 'receivable_kind', id, before, null, tx);
    return true;
  });
}

// ------------------------------------------------------------------------------------------------
// APR caps (dated): retired as a writable dictionary (migration 0022). SK caps are append-only legal_rates rows
// (SK_MAX_RPMN, SK_MAX_ODPLATA: addLegalRate, a correction is a new row with a reason); the query still lists them
// (the rows in force, as MAX_APR / MAX_ODPLATA) beside the legacy PL rows of apr_caps, which no rule reads.

const SK_KIND = { SK_MAX_RPMN: 'MAX_APR', SK_MAX_ODPLATA: 'MAX_ODPLATA' } as const;

export async function listAprCaps(db: Db, country?: string | null): Promise<CapRow[]> {
  const c = country?.toUpperCase() ?? null;
  const q = db.select().from(aprCaps);
  const legacy = await (c ? q.where(eq(aprCaps.country, c)) : q);
  const sk: CapRow[] =
    c && c !== 'SK'
      ? []
      : (await listLegalRates(db.$client))
          .filter((r) => r.current && r.kind in SK_KIND)
          .map((r) => ({ id: String(r.id), country: 'SK', kind: SK_KIND[r.kind as keyof typeof SK_KIND], validFrom: r.valid_from, value: r.value!, note: r.source }));
  return [...legacy, ...sk].sort((x, y) => x.country.localeCompare(y.country) || x.kind.localeCompare(y.kind) || x.validFrom.localeCompare(y.validFrom));
}

function retired(field: string): never {
  throw BadUserInput.field(
    field,
    'aprCaps.retired',
    'APR caps are no longer edited here (history is never overwritten): add an SK cap or a correction with a reason through addLegalRate (kind SK_MAX_RPMN or SK_MAX_ODPLATA, the legal-rates screen); PL maxima derive from the NBP reference rate rows',
  );
}

export async function createAprCap(_ctx: Ctx, _input: AprCapInput): Promise<CapRow> {
  return retired('input');
}

export async function updateAprCap(_ctx: Ctx, _id: string, _input: AprCapInput): Promise<CapRow> {
  return retired('id');
}

export async function deleteAprCap(_ctx: Ctx, _id: string): Promise<boolean> {
  return retired('id');
}
