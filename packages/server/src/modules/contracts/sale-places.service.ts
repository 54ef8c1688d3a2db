/**
 * Sale places and dealers (LOAN-7.1 "POST contract": salePlaceCode — "nesmie mať ukončenú spoluprácu"; dealerCode —
 * "kontroluje sa, či predajca je pod salePlaceCode"; both "overiť duplicitu"): dictionaries kept by admins, and the
 * check the contract API runs.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { sanitizeText } from '@raty/domain';
import type { Db } from '../../db/client.js';
import { contractDetails, dealers, salePlaces } from '../../db/schema/index.js';
import type { Context } from '../../graphql/context.js';
import { Conflict, IssueCollector, NotFound } from '../../graphql/errors.js';
import { audit } from '../common/index.js';
import type { DealerInput, SalePlaceInput } from './sale-places.types.js';

type Ctx = Pick<Context, 'db' | 'actor' | 'requestId'>;
/** drizzle's transaction handle of the Db */
type DbTx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type SalePlaceRow = typeof salePlaces.$inferSelect;
export type DealerRow = typeof dealers.$inferSelect;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const pick = <T>(sent: T | null | undefined, stored: T | null | undefined) => (sent === undefined ? stored : sent);

function text(issues: IssueCollector, field: string, value: string | null | undefined, max: number, label: string): string {
  const v = (value ?? '').trim();
  if (!v) {
    issues.add(field, 'required', `${label} is required`);
    return '';
  }
  const r = sanitizeText(v, { field, maxLength: max });
  if (!r.ok) issues.addAll(r.issues);
  return r.ok ? r.value : '';
}

const isUnique = (e: unknown) => (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

async function inTx<T>(ctx: Ctx, fn: (tx: DbTx) => Promise<T>, conflict: string): Promise<T> {
  try {
    return await ctx.db.transaction(async (tx) => fn(tx));
  } catch (e) {
    if (isUnique(e)) throw new Conflict(conflict, { field: 'input.code', rule: 'code.duplicate' });
    throw e;
  }
}

export async function listSalePlaces(db: Db): Promise<{ place: SalePlaceRow; dealers: DealerRow[] }[]> {
  const places = await db.select().from(salePlaces).orderBy(asc(salePlaces.code));
  const all = await db.select().from(dealers).orderBy(asc(dealers.code));
  return places.map((place) => ({ place, dealers: all.filter((d) => d.salePlaceId === place.id) }));
}

function validatePlace(input: SalePlaceInput, stored: SalePlaceRow | null) {
  const issues = new IssueCollector();
  const code = text(issues, 'input.code', pick(input.code, stored?.code), 30, 'Code');
  const name = text(issues, 'input.name', pick(input.name, stored?.name), 200, 'Name');
  const cooperationFrom = pick(input.cooperationFrom, stored?.cooperationFrom) ?? null;
  if (!cooperationFrom) issues.add('input.cooperationFrom', 'required', 'Cooperation from is required');
  const cooperationTo = pick(input.cooperationTo, stored?.cooperationTo) ?? null;
  if (cooperationFrom && cooperationTo && cooperationTo < cooperationFrom) {
    issues.add('input.cooperationTo', 'date.notBefore', 'Cooperation to must not be before cooperation from', { min: cooperationFrom });
  }
  issues.throwIfAny();
  return { code, name, cooperationFrom: cooperationFrom!, cooperationTo };
}

export async function createSalePlace(ctx: Ctx, input: SalePlaceInput): Promise<SalePlaceRow> {
  const values = validatePlace(input, null);
  return inTx(
    ctx,
    async (tx) => {
      const [row] = await tx.insert(salePlaces).values(values).returning();
      await audit(ctx, 'CREATE', 'sale_place', row.id, null, values, tx);
      return row;
    },
    `A sale place with code ${values.code} already exists`,
  );
}

export async function updateSalePlace(ctx: Ctx, id: string, input: SalePlaceInput): Promise<SalePlaceRow> {
  if (!UUID_RE.test(id)) throw new NotFound('Sale place');
  const [before] = await ctx.db.select().from(salePlaces).where(eq(salePlaces.id, id));
  if (!before) throw new NotFound('Sale place');
  const values = validatePlace(input, before);
  return inTx(
    ctx,
    async (tx) => {
      const [row] = await tx.update(salePlaces).set(values).where(eq(salePlaces.id, id)).returning();
      await audit(ctx, 'UPDATE', 'sale_place', id, before, row, tx);
      return row;
    },
    `A sale place with code ${values.code} already exists`,
  );
}

async function placeByCode(db: Db, field: string, code: string | null | undefined, issues: IssueCollector): Promise<SalePlaceRow | undefined> {
  if (!code?.trim()) {
    issues.add(field, 'required', 'Sale place code is required');
    return undefined;
  }
  const [p] = await db.select().from(salePlaces).where(eq(salePlaces.code, code.trim()));
  if (!p) issues.add(field, 'notFound', `Sale place ${code.trim()} does not exist`, { code: code.trim() });
  return p;
}

export async function createDealer(ctx: Ctx, input: DealerInput): Promise<DealerRow> {
  const issues = new IssueCollector();
  const code = text(issues, 'input.code', input.code, 30, 'Code');
  const name = text(issues, 'input.name', input.name, 200, 'Name');
  const place = await placeByCode(ctx.db, 'input.salePlaceCode', input.salePlaceCode, issues);
  issues.throwIfAny();
  return inTx(
    ctx,
    async (tx) => {
      const [row] = await tx.insert(dealers).values({ code, name, salePlaceId: place!.id }).returning();
      await audit(ctx, 'CREATE', 'dealer', row.id, null, { code, name, salePlaceCode: place!.code }, tx);
      return row;
    },
    `A dealer with code ${code} already exists`,
  );
}

export async function updateDealer(ctx: Ctx, id: string, input: DealerInput): Promise<DealerRow> {
  if (!UUID_RE.test(id)) throw new NotFound('Dealer');
  const [before] = await ctx.db.select().from(dealers).where(eq(dealers.id, id));
  if (!before) throw new NotFound('Dealer');
  const issues = new IssueCollector();
  const code = text(issues, 'input.code', pick(input.code, before.code), 30, 'Code');
  const name = text(issues, 'input.name', pick(input.name, before.name), 200, 'Name');
  const salePlaceId = input.salePlaceCode === undefined ? before.salePlaceId : (await placeByCode(ctx.db, 'input.salePlaceCode', input.salePlaceCode, issues))?.id;
  issues.throwIfAny();
  return inTx(
    ctx,
    async (tx) => {
      const [row] = await tx.update(dealers).set({ code, name, salePlaceId: salePlaceId! }).where(eq(dealers.id, id)).returning();
      await audit(ctx, 'UPDATE', 'dealer', id, before, row, tx);
      return row;
    },
    `A dealer with code ${code} already exists`,
  );
}

export async function deleteDealer(ctx: Ctx, id: string): Promise<boolean> {
  if (!UUID_RE.test(id)) throw new NotFound('Dealer');
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(dealers).where(eq(dealers.id, id)).for('update');
    if (!before) throw new NotFound('Dealer');
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(contractDetails)
      .where(eq(contractDetails.dealerId, id));
    if (used.n > 0) throw new Conflict(`Dealer ${before.code} is named on ${used.n} contract(s) and cannot be deleted`, { field: 'id', rule: 'dealer.used' });
    await tx.delete(dealers).where(eq(dealers.id, id));
    await audit(ctx, 'DELETE', 'dealer', id, before, null, tx);
    return true;
  });
}

/**
 * The contract API's check (LOAN-7.1): the sale place exists and its cooperation has not ended on the contract date
 * (nor started after it); the dealer exists and belongs to that sale place. Issues name the fields
 * (`salePlaceCode`, `dealerCode`, with the caller's prefix).
 */
export async function checkSalePlaceAndDealer(
  db: Db,
  issues: IssueCollector,
  prefix: string,
  salePlaceCode: string,
  dealerCode: string,
  contractDate: string,
): Promise<{ salePlaceId: string; dealerId: string } | null> {
  const [place] = await db.select().from(salePlaces).where(eq(salePlaces.code, salePlaceCode));
  const [dealer] = await db.select().from(dealers).where(eq(dealers.code, dealerCode));
  let ok = true;
  if (!place) {
    issues.add(`${prefix}salePlaceCode`, 'notFound', `Sale place ${salePlaceCode} does not exist`, { code: salePlaceCode });
    ok = false;
  } else if (place.cooperationFrom > contractDate || (place.cooperationTo !== null && place.cooperationTo < contractDate)) {
    issues.add(
      `${prefix}salePlaceCode`,
      'salePlace.cooperationEnded',
      `The cooperation with sale place ${place.code} does not run on ${contractDate} (from ${place.cooperationFrom} to ${place.cooperationTo ?? '…'})`,
      { cooperationFrom: place.cooperationFrom, cooperationTo: place.cooperationTo, contractDate },
    );
    ok = false;
  }
  if (!dealer) {
    issues.add(`${prefix}dealerCode`, 'notFound', `Dealer ${dealerCode} does not exist`, { code: dealerCode });
    ok = false;
  } else if (place && dealer.salePlaceId !== place.id) {
    issues.add(`${prefix}dealerCode`, 'dealer.notOfSalePlace', `Dealer ${dealer.code} does not belong to sale place ${place.code}`, { salePlaceCode: place.code });
    ok = false;
  }
  return ok && place && dealer ? { salePlaceId: place.id, dealerId: dealer.id } : null;
}
