/**
 * Legal rate tables (issue 16): NBP reference rate history and the PL formula rows, append-only (corrections are new
 * rows with a reason), audited. The PL maxima are derived by the domain (`plMaxInterestRate`, `plMaxPenaltyInterestRate`).
 */
import { plMaxInterestRate, plMaxPenaltyInterestRate, type DatedRate, type PlMaxInterestRule, type SkCapRow } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Forbidden } from '../../graphql/errors.js';
import { audit } from '../common/index.js';
import { businessDate } from '../../lib/business-date.js';

const LEGAL_RATE_KINDS = ['NBP_REFERENCE', 'PL_MAX_INTEREST_FORMULA', 'PL_MAX_LATE_INTEREST_FORMULA', 'SK_MAX_RPMN', 'SK_MAX_ODPLATA'] as const;
export type LegalRateKind = (typeof LEGAL_RATE_KINDS)[number];
/** kinds whose row carries a value (percent); the others are formula rows (multiplier, spread) */
const VALUE_KINDS: readonly LegalRateKind[] = ['NBP_REFERENCE', 'SK_MAX_RPMN', 'SK_MAX_ODPLATA'];
const isValueKind = (k: LegalRateKind) => VALUE_KINDS.includes(k);
/** kinds that move the PL maxima (adding one may cap running PL loans) */
export const PL_KINDS: readonly LegalRateKind[] = ['NBP_REFERENCE', 'PL_MAX_INTEREST_FORMULA', 'PL_MAX_LATE_INTEREST_FORMULA'];
const STALE_SETTING = 'legalRates.staleAfterDays';
const DEFAULT_STALE_AFTER_DAYS = 45;

export interface LegalRateRow {
  id: number;
  kind: LegalRateKind;
  valid_from: string;
  value: string | null;
  multiplier: string | null;
  spread: string | null;
  source: string;
  reason: string | null;
  corrects_id: number | null;
  withdrawn: boolean;
  recorded_on: string | null;
  created_by: string | null;
  created_at: Date;
  /** the newest row of its (kind, valid_from) and not withdrawn */
  current: boolean;
}

export async function listLegalRates(sql: SqlHandle, kind?: LegalRateKind | null): Promise<LegalRateRow[]> {
  return sql<LegalRateRow[]>`
    select r.*, (not r.withdrawn and r.id = max(r.id) over (partition by r.kind, r.valid_from)) as current
    from legal_rates r
    where ${kind ?? null}::text is null or r.kind = ${kind ?? null}
    order by r.kind, r.valid_from desc, r.id desc`;
}

export interface PlTables {
  referenceRates: DatedRate[];
  plMaxInterest: PlMaxInterestRule[];
  plMaxPenaltyInterest: PlMaxInterestRule[];
}

/** The rows in force (newest per kind and date, not withdrawn) as the domain's dated tables. */
export async function plTables(sql: SqlHandle): Promise<PlTables> {
  const rows = (await listLegalRates(sql)).filter((r) => r.current);
  const rule = (k: LegalRateKind) =>
    rows
      .filter((r) => r.kind === k)
      .map((r) => ({ from: r.valid_from, multiplier: r.multiplier!, spread: r.spread! }))
      .reverse();
  return {
    referenceRates: rows
      .filter((r) => r.kind === 'NBP_REFERENCE')
      .map((r) => ({ from: r.valid_from, rate: r.value! }))
      .reverse(),
    plMaxInterest: rule('PL_MAX_INTEREST_FORMULA'),
    plMaxPenaltyInterest: rule('PL_MAX_LATE_INTEREST_FORMULA'),
  };
}

/**
 * SK caps in force (newest row per kind and date, not withdrawn), oldest first, as the domain's `SkCapRow` table of one
 * kind each (the contract check picks the row in force on its check date).
 */
export async function skTables(sql: SqlHandle): Promise<{ maxRpmn: SkCapRow[]; maxOdplata: SkCapRow[] }> {
  const rows = (await listLegalRates(sql)).filter((r) => r.current).reverse();
  return {
    maxRpmn: rows.filter((r) => r.kind === 'SK_MAX_RPMN').map((r) => ({ from: r.valid_from, maxRpmn: r.value! })),
    maxOdplata: rows.filter((r) => r.kind === 'SK_MAX_ODPLATA').map((r) => ({ from: r.valid_from, maxOdplata: r.value! })),
  };
}

export interface LegalMaxima {
  date: string;
  referenceRate: string;
  referenceFrom: string;
  maxInterest: string;
  maxLateInterest: string;
}

export function maximaOn(t: PlTables, date: string): LegalMaxima {
  const ref = [...t.referenceRates].filter((r) => r.from <= date).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (!ref) throw BadUserInput.field('date', 'legalRates.noReferenceRate', `No NBP reference rate is recorded on or before ${date}`, { date });
  return {
    date,
    referenceRate: ref.rate,
    referenceFrom: ref.from,
    maxInterest: plMaxInterestRate(date, t.referenceRates, t.plMaxInterest),
    maxLateInterest: plMaxPenaltyInterestRate(date, t.referenceRates, t.plMaxPenaltyInterest),
  };
}

export interface AddLegalRateInput {
  kind: string;
  validFrom: string;
  value?: string | null;
  multiplier?: string | null;
  spread?: string | null;
  source?: string | null;
  reason?: string | null;
  withdrawn?: boolean | null;
}

const DEC = /^\d{1,4}(\.\d{1,4})?$/;

/** Adds a row; a row for a kind and date already in force makes this a correction (reason required). */
export async function addLegalRate(ctx: Context, input: AddLegalRateInput): Promise<LegalRateRow> {
  if (ctx.actor?.type !== 'STAFF' || !ctx.actor.roles.includes('ADMIN')) throw new Forbidden('Only an administrator can change the legal rate tables');
  const issues: { field: string; rule: string; message: string; params?: Record<string, unknown> }[] = [];
  const kind = input.kind as LegalRateKind;
  if (!LEGAL_RATE_KINDS.includes(kind)) issues.push({ field: 'input.kind', rule: 'oneOf', message: `kind must be one of ${LEGAL_RATE_KINDS.join(', ')}`, params: { values: LEGAL_RATE_KINDS } });
  const withdrawn = input.withdrawn === true;
  if (!withdrawn && isValueKind(kind) && !(input.value && DEC.test(input.value)))
    issues.push({
      field: 'input.value',
      rule: 'legalRates.valueRequired',
      message: `value (percent, up to 4 decimals, e.g. ${kind === 'NBP_REFERENCE' ? '3.75' : '45'}) is required for a ${kind === 'NBP_REFERENCE' ? 'reference-rate' : 'SK cap'} row`,
    });
  if (!withdrawn && !isValueKind(kind) && LEGAL_RATE_KINDS.includes(kind)) {
    if (!(input.multiplier && DEC.test(input.multiplier)))
      issues.push({ field: 'input.multiplier', rule: 'legalRates.multiplierRequired', message: 'multiplier is required for a formula row (e.g. 2)' });
    if (!(input.spread && DEC.test(input.spread)))
      issues.push({ field: 'input.spread', rule: 'legalRates.spreadRequired', message: 'spread (percentage points, e.g. 3.5) is required for a formula row' });
  }
  const source = input.source?.trim() ?? '';
  if (!source) issues.push({ field: 'input.source', rule: 'required', message: `source (e.g. ${kind.startsWith('SK_') ? 'the NBS announcement or the law' : 'the NBP announcement'}) is required` });
  if (issues.length) throw new BadUserInput(issues);
  const userId = ctx.actor.userId;
  return ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    await tx`select pg_advisory_xact_lock(hashtextextended(${`legal_rates:${kind}:${input.validFrom}`}, 0))`;
    const [prev] = await tx<{ id: number; value: string | null; multiplier: string | null; spread: string | null; withdrawn: boolean }[]>`
      select id, value, multiplier, spread, withdrawn from legal_rates where kind = ${kind} and valid_from = ${input.validFrom} order by id desc limit 1`;
    const reason = input.reason?.trim() || null;
    if (prev && !reason) {
      throw BadUserInput.field('input.reason', 'legalRates.correctionReason', `A ${kind} row from ${input.validFrom} exists; a correction needs a reason`, { existingId: prev.id });
    }
    if (!prev && withdrawn) throw BadUserInput.field('input.withdrawn', 'legalRates.nothingToWithdraw', `No ${kind} row from ${input.validFrom} to withdraw`);
    const [row] = await tx<LegalRateRow[]>`
      insert into legal_rates (kind, valid_from, value, multiplier, spread, source, reason, corrects_id, withdrawn, recorded_on, created_by)
      values (${kind}, ${input.validFrom}, ${withdrawn ? null : isValueKind(kind) ? input.value! : null}, ${withdrawn || isValueKind(kind) ? null : input.multiplier!},
              ${withdrawn || isValueKind(kind) ? null : input.spread!}, ${source}, ${reason}, ${prev?.id ?? null}, ${withdrawn}, ${businessDate()}, ${userId})
      returning *, not withdrawn as current`;
    await audit(
      ctx,
      prev ? 'CORRECT' : 'CREATE',
      'legal_rate',
      String(row.id),
      prev ?? null,
      { kind, validFrom: input.validFrom, value: row.value, multiplier: row.multiplier, spread: row.spread, source, reason, withdrawn },
      tx,
    );
    return row;
  });
}

export interface LegalRatesStatus {
  lastReferenceFrom: string | null;
  lastEntryOn: string | null;
  staleAfterDays: number;
  daysSinceLastEntry: number | null;
  stale: boolean;
}

/**
 * Dashboard warning: no reference-rate entry for more than the configured days. An admin's row counts on the later of
 * its date in force and the business date it was recorded (recorded_on); rows shipped by the migration count on their
 * date in force. (created_at is the audit stamp, never read by the rule.)
 */
export async function legalRatesStatus(sql: SqlHandle, today: string): Promise<LegalRatesStatus> {
  const [s] = await sql<{ value: unknown }[]>`select value from settings where key = ${STALE_SETTING}`;
  const staleAfterDays = typeof s?.value === 'number' ? s.value : DEFAULT_STALE_AFTER_DAYS;
  const [r] = await sql<{ last_from: string | null; last_entry: string | null }[]>`
    select max(valid_from)::text as last_from,
           -- an admin's entry counts on the business date it was recorded; rows shipped by the migration on their date
           max(greatest(valid_from, recorded_on))::text as last_entry
    from legal_rates where kind = 'NBP_REFERENCE'`;
  const days = r.last_entry ? Math.round((Date.parse(today) - Date.parse(r.last_entry)) / 86400000) : null;
  return { lastReferenceFrom: r.last_from, lastEntryOn: r.last_entry, staleAfterDays, daysSinceLastEntry: days, stale: days === null || days > staleAfterDays };
}

export async function setStaleAfterDays(ctx: Context, days: number): Promise<number> {
  if (ctx.actor?.type !== 'STAFF' || !ctx.actor.roles.includes('ADMIN')) throw new Forbidden('Only an administrator can change this setting');
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw BadUserInput.field('days', 'range', 'days must be a whole number from 1 to 3650', { min: 1, max: 3650 });
  await ctx.sql.begin(async (tx) => {
    const [prev] = await tx<{ value: unknown }[]>`select value from settings where key = ${STALE_SETTING}`;
    await tx`insert into settings (key, value) values (${STALE_SETTING}, ${JSON.stringify(days)}::jsonb) on conflict (key) do update set value = excluded.value`;
    await audit(ctx, 'UPDATE', 'setting', STALE_SETTING, prev?.value ?? null, days, tx);
  });
  return days;
}
