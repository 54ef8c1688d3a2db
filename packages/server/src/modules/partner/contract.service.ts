/**
 * Contract registration from partner front ends (LOAN-7.1 "POST contract"): one transaction creates/links the
 * client(s), a debtor file, the loan with its terms, the INITIAL schedule version and its installments, and the
 * contract's products, notes, optional data and approvals. Every rule is the domain's (schedule, APR, caps,
 * front-end installment check).
 */
import { eq, sql } from 'drizzle-orm';
import {
  aprDetails,
  assertCaps,
  buildSchedule,
  checkFrontendInstallment,
  isDomainError,
  loanDates,
  plMaxNonInterestCosts,
  scheduleCashFlows,
  virtualRepaymentAccount,
  type CashFlow,
  type Schedule,
  type ScheduleConventions,
} from '@raty/domain';
import { Decimal } from 'decimal.js';
import type { DbOrTx } from '../../db/client.js';
import {
  clientNumbers,
  contractApprovals,
  contractDetails,
  contractNotes,
  contractOptionalData,
  contractProducts,
  contractTypes,
  debtorFiles,
  fileParties,
  installments,
  loans,
  receivableKinds,
  scheduleVersions,
  sellingChannels,
  settings,
} from '../../db/schema/index.js';
import { BadUserInput, Conflict, IssueCollector } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { applyLegalCaps, plTables, skTables } from '../legal-rates/index.js';
import { checkSalePlaceAndDealer } from '../contracts/index.js';
import { audit } from '../common/index.js';
import { checkRequiredForNew, readClient, upsertClientTx, type ClientData, type Ctx, type Source } from './client.service.js';
import { Reader, type Body } from './partner.parse.js';

type ContractTypeRow = typeof contractTypes.$inferSelect;

export interface RegisterOptions {
  source: Source;
  /** '' for REST bodies, 'input.' for GraphQL */
  prefix: string;
  /** partner channel: nonstopbanking is required on the client */
  nonstopRequired: boolean;
}

export interface RegisterResult {
  contract: string;
  loanId: string;
  fileId: string;
  clientId: number;
  partyId: string;
  rpmn: string;
  odplata: string;
  interestRate: string;
  installment: string;
  lastInstallment: string;
  /** the loan's own repayment account (domain virtualRepaymentAccount) */
  repaymentAccount: string;
}

interface Product {
  productCode: string;
  price: string;
  contractPrice: string;
  producer?: string;
  brand?: string;
  serialNo?: string;
}

const today = () => businessDate();
const dec = (s: string) => new Decimal(s);
const money = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const pct = (d: Decimal) => d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);

function domainIssue(issues: IssueCollector, prefix: string, field: string, e: unknown): void {
  if (isDomainError(e)) issues.add(`${prefix}${field}`, `domain.${e.code}`, e.message, e.params);
  else throw e;
}

/**
 * Schedule of a front-end installment: every line is the installment, the last settles the difference to the contract
 * price (domain `checkFrontendInstallment`). The interest part of the lines follows the rate implied by these
 * payments (bisection on the nominal rate so that the domain's schedule ends with that last installment).
 */
function frontendSchedule(
  base: { principal: string; n: number; disb: string; firstDue: string; dayCount: string; deferral: number; conventions: ScheduleConventions },
  installment: string,
  lastInstallment: string,
): { schedule: Schedule; rate: string } | null {
  // the front end gives the installment: the per-period EMI convention does not apply
  const { emi: _emi, ...conventions } = base.conventions;
  const build = (rate: string) =>
    buildSchedule({
      principal: base.principal,
      annualRate: rate,
      installments: base.n,
      disbursementDate: base.disb,
      firstDueDate: base.firstDue,
      method: 'ANNUITY',
      dayCount: base.dayCount as '30/360',
      deferralMonths: base.deferral,
      fixedInstallment: installment,
      conventions,
    });
  const target = dec(lastInstallment);
  const lastOf = (s: Schedule) => dec(s.lines.at(-1)!.total);
  let lo = new Decimal(0);
  let hi = new Decimal(400);
  if (lastOf(build('0')).gt(target)) return null; // the payments do not even repay the credit
  if (lastOf(build(hi.toFixed(6))).lt(target)) hi = new Decimal(2000);
  for (let i = 0; i < 60 && hi.minus(lo).gt('0.000001'); i++) {
    const mid = lo.plus(hi).div(2);
    if (lastOf(build(mid.toFixed(6))).lt(target)) lo = mid;
    else hi = mid;
  }
  const rate = lo.toFixed(6);
  const schedule = build(rate);
  // the rounding cents of the implied rate go to the interest of the last line, so that it equals the domain's figure
  const last = schedule.lines.at(-1)!;
  const interest = target.minus(dec(last.principal));
  if (interest.lt(0)) return null;
  schedule.lines[schedule.lines.length - 1] = { ...last, interest: money(interest), total: money(target) };
  return { schedule, rate };
}

/** 14.50 → 14.5, 17.00 → 17 (a percent as people write it) */
const stripZeros = (v: string) => (v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);
const dbSql = (ctx: Ctx) => ctx.db.$client;

async function survivorOf(db: DbOrTx, partyId: string): Promise<string> {
  const rows = await db.execute<{ id: string }>(sql`with recursive up(id, next) as (select id, merged_into_id from parties where id = ${partyId}
    union select p.id, p.merged_into_id from parties p join up on p.id = up.next) select id from up where next is null`);
  return rows[0]?.id ?? partyId;
}

async function loadType(db: DbOrTx, code: string | undefined) {
  if (!code) return undefined;
  const [t] = await db.select().from(contractTypes).where(eq(contractTypes.code, code.trim().toUpperCase()));
  return t;
}

/** Register a contract (partner API `POST /api/lea/contract` and the GraphQL mutation `registerContract`). */
export async function registerContract(ctx: Ctx, body: Body, opts: RegisterOptions): Promise<RegisterResult> {
  const issues = new IssueCollector();
  const r = new Reader(issues, opts.prefix);
  const P = opts.prefix;

  // --- 1. fields (every missing one is named, all at once)
  const contractTypeCode = r.text(body, 'contractTypeId', { required: true, max: 20 });
  const type = await loadType(ctx.db, contractTypeCode);
  if (contractTypeCode && !type) issues.add(`${P}contractTypeId`, 'notFound', `Contract type ${contractTypeCode} does not exist`, { code: contractTypeCode });
  const n = r.integer(body, 'paymentsCount', { required: true, min: 1, max: 360 });
  r.decimal(body, 'firstPaymentPercentage', { required: true, decimals: 4 });
  const signatureDate = r.date(body, 'signatureDate', { required: true });
  const paymentForm = r.text(body, 'paymentForm', { required: true, max: 10 });
  const salePlaceCode = r.text(body, 'salePlaceCode', { required: true, max: 30 });
  const dealerCode = r.text(body, 'dealerCode', { required: true, max: 30 });
  const authorisationCode = r.text(body, 'authorisationCode', { required: true, max: 50 });
  const contractStatusCode = r.text(body, 'contractStatusCode', { required: true, max: 10 });
  const downPayment = r.decimal(body, 'firstPaymentValue', { required: true });
  const receivedAt = r.date(body, 'receivedAt');
  const insurance = r.decimal(body, 'insurance');
  // PL: non-interest costs of the credit paid at the start (commission, fees), checked with the insurance against MPKK
  const nonInterestCosts = r.decimal(body, 'nonInterestCosts');
  const sellingChannelCode = r.text(body, 'sellingChannel', { max: 12, required: type?.sellingChannelRequirement === 'REQUIRED' });
  const recalcDate = r.date(body, 'dateOfRecalculation', { required: type?.aprCheckBy === 'RECALCULATION_DATE' });
  const rateByFront = type?.rateCalculatedBy === 'FRONTEND';
  const installmentByFront = type?.installmentCalculatedBy === 'FRONTEND';
  const payment = r.decimal(body, 'payment', { required: installmentByFront, positive: true });
  const rpmn = r.decimal(body, 'rpmn', { required: rateByFront, decimals: 4 });
  const odplata = r.decimal(body, 'odplata', { required: rateByFront, decimals: 4 });
  // SYSTEM installment: interestRate is the nominal (catalogue) rate the annuity is built with
  const interestRate = r.decimal(body, 'interestRate', { required: rateByFront || (type !== undefined && !installmentByFront), decimals: 4 });
  const methodRpmn = r.text(body, 'methodRpmn', { required: rateByFront, max: 1 })?.toUpperCase();
  if (methodRpmn && !['D', 'E', 'F'].includes(methodRpmn)) issues.add(`${P}methodRpmn`, 'oneOf', 'methodRpmn must be D, E or F', { values: ['D', 'E', 'F'] });
  if (methodRpmn === 'F' && type && !rateByFront) {
    issues.add(
      `${P}methodRpmn`,
      'interestMethod.fRequiresFrontend',
      `Method F is allowed only for contract types whose rates are calculated by the FRONTEND (contract type ${type.code} calculates them in the SYSTEM)`,
    );
  }

  const products: Product[] = [];
  r.array(body, 'product', { required: true }).forEach((p, i) => {
    const at = (x: string) => `product[${i}].${x}`;
    const productCode = r.text(p, 'productCode', { required: true, max: 30, at: at('productCode') });
    const price = r.decimal(p, 'price', { required: true, at: at('price') });
    const contractPrice = r.decimal(p, 'contractPrice', { required: true, at: at('contractPrice') });
    if (productCode && price && contractPrice) {
      products.push({
        productCode,
        price,
        contractPrice,
        producer: r.text(p, 'producer', { max: 100, at: at('producer') }),
        brand: r.text(p, 'brand', { max: 100, at: at('brand') }),
        serialNo: r.text(p, 'serialNo', { max: 100, at: at('serialNo') }),
      });
    }
  });
  const notes = r.array(body, 'note').map((x, i) => ({
    code: r.text(x, 'code', { required: true, max: 30, at: `note[${i}].code` }) ?? '',
    value: r.text(x, 'value', { max: 4000, multiline: true, at: `note[${i}].value` }) ?? null,
    date: r.date(x, 'date', { at: `note[${i}].date` }) ?? null,
    date2: r.date(x, 'date2', { at: `note[${i}].date2` }) ?? null,
  }));
  // the seed's table spells it optionaData{}, its example optionalData: both are read
  const optional = r.array(body, body.optionalData === undefined && body.optionaData !== undefined ? 'optionaData' : 'optionalData').map((x, i) => ({
    code: r.text(x, 'code', { required: true, max: 30, at: `optionalData[${i}].code` }) ?? '',
    dataCode: r.text(x, 'dataCode', { max: 100, at: `optionalData[${i}].dataCode` }) ?? null,
    dataDesc: r.text(x, 'dataDesc', { max: 4000, multiline: true, at: `optionalData[${i}].dataDesc` }) ?? null,
    dataNocode: r.text(x, 'dataNocode', { max: 4000, multiline: true, at: `optionalData[${i}].dataNocode` }) ?? null,
  }));
  const approvals = r.array(body, 'approvals').map((x, i) => ({
    approvalCode: r.text(x, 'approvalCode', { required: true, max: 30, at: `approvals[${i}].approvalCode` }) ?? '',
    value: r.text(x, 'value', { max: 10, at: `approvals[${i}].value` }) ?? null,
    validFrom: r.date(x, 'isValidFrom', { at: `approvals[${i}].isValidFrom` }) ?? null,
    validTo: r.date(x, 'isValidTo', { at: `approvals[${i}].isValidTo` }) ?? null,
    text: r.text(x, 'text', { max: 4000, multiline: true, at: `approvals[${i}].text` }) ?? null,
  }));

  // the client: a client{} object (found or created as in POST client) or the clientId of a known client
  const country = (type?.country ?? 'SK') as 'SK' | 'PL';
  let clientData: ClientData | null = null;
  let knownClientId: string | undefined;
  const clientBody = body.client;
  if (clientBody !== undefined && clientBody !== null) {
    if (typeof clientBody !== 'object' || Array.isArray(clientBody)) issues.add(`${P}client`, 'object.format', 'client must be an object');
    else {
      clientData = readClient(clientBody as Body, r, 'client.', { nonstopRequired: opts.nonstopRequired, defaultCountry: country });
      await checkRequiredForNew(ctx.db, clientData, r, 'client.');
    }
  } else {
    knownClientId = r.digits(body, 'clientId');
    if (!knownClientId && !Reader.present(body.clientId)) issues.add(`${P}client`, 'required', 'client (or the clientId of a registered client) is required');
  }
  let partyId: string | undefined;
  if (knownClientId) {
    const [c] = await ctx.db
      .select()
      .from(clientNumbers)
      .where(eq(clientNumbers.clientId, Number(knownClientId)));
    if (!c) issues.add(`${P}clientId`, 'notFound', `Client ${knownClientId} is not registered (send client{} to register it)`, { clientId: knownClientId });
    // a number of a consolidated (merged) party resolves to the party it was merged into
    partyId = c ? await survivorOf(ctx.db, c.partyId) : undefined;
  }
  const coApplicants: ClientData[] = [];
  for (const [i, c] of r.array(body, 'coApplicant').entries()) {
    const d = readClient(c, r, `coApplicant[${i}].`, { nonstopRequired: opts.nonstopRequired, defaultCountry: country });
    await checkRequiredForNew(ctx.db, d, r, `coApplicant[${i}].`);
    if (d) coApplicants.push(d);
  }
  issues.throwIfAny();
  const t = type as ContractTypeRow;

  // --- 2. dictionary rules: selling channel valid today, receivable kind of the contract type
  const day = today();
  let channelId: string | null = null;
  if (sellingChannelCode) {
    const [ch] = await ctx.db
      .select()
      .from(sellingChannels)
      .where(sql`lower(${sellingChannels.code}) = ${sellingChannelCode.toLowerCase()}`);
    if (!ch) issues.add(`${P}sellingChannel`, 'notFound', `Selling channel ${sellingChannelCode} does not exist`, { code: sellingChannelCode });
    else if (ch.validFrom > day || (ch.validTo !== null && ch.validTo < day)) {
      issues.add(`${P}sellingChannel`, 'sellingChannel.notValid', `Selling channel ${ch.code} is not valid on ${day} (valid ${ch.validFrom} – ${ch.validTo ?? '…'})`, {
        validFrom: ch.validFrom,
        validTo: ch.validTo,
        day,
      });
    } else channelId = ch.id;
  }
  // sale place and dealer (LOAN-7.1): the place exists, its cooperation runs on the signature date, the dealer is its own
  const network = await checkSalePlaceAndDealer(ctx.db, issues, P, salePlaceCode!, dealerCode!, signatureDate!);
  const [kind] = t.receivableKindId
    ? await ctx.db.select().from(receivableKinds).where(eq(receivableKinds.id, t.receivableKindId))
    : await ctx.db.select().from(receivableKinds).where(eq(receivableKinds.code, t.code));
  if (!kind) issues.add(`${P}contractTypeId`, 'contractType.noReceivableKind', `Contract type ${t.code} has no receivable kind (set one in the contract types dictionary)`);

  // --- 3. money: principal = Σ price − down payment; contract price = Σ contract price
  const priceSum = products.reduce((s, p) => s.plus(dec(p.price)), new Decimal(0));
  const contractPrice = money(products.reduce((s, p) => s.plus(dec(p.contractPrice)), new Decimal(0)));
  const principal = priceSum.minus(dec(downPayment!));
  if (principal.lte(0)) issues.add(`${P}firstPaymentValue`, 'downPayment.tooHigh', 'The down payment must be lower than the price of the products', { price: money(priceSum) });
  issues.throwIfAny();

  const disb = receivedAt ?? signatureDate!;
  const firstDue = loanDates.addMonths(disb, 1);
  const base = { principal: money(principal), n: n!, disb, firstDue, dayCount: kind!.dayCount, deferral: t.deferralMonths, conventions: t.scheduleConventions ?? {} };
  let schedule: Schedule;
  let scheduleRate: string;
  let installment: string;
  let lastInstallment: string;
  try {
    if (installmentByFront) {
      const check = checkFrontendInstallment({ installment: payment!, count: n!, downPayment: downPayment!, contractPrice });
      if (!check.accepted) {
        throw new BadUserInput([
          {
            field: `${P}payment`,
            rule: 'installment.checkFailed',
            message: `|payment × paymentsCount + firstPaymentValue − contract price| = ${check.difference.replace('-', '')} must be lower than the payment ${payment}`,
            params: { difference: check.difference, contractPrice },
          },
        ]);
      }
      const fs = frontendSchedule(base, payment!, check.lastInstallment);
      if (!fs) {
        throw new BadUserInput([
          { field: `${P}payment`, rule: 'installment.belowPrincipal', message: 'The payments do not repay the credit (price of the products − down payment)', params: { principal: base.principal } },
        ]);
      }
      schedule = fs.schedule;
      scheduleRate = fs.rate;
      installment = payment!;
      lastInstallment = check.lastInstallment;
    } else {
      schedule = buildSchedule({
        principal: base.principal,
        annualRate: interestRate!,
        installments: n!,
        disbursementDate: disb,
        firstDueDate: firstDue,
        method: 'ANNUITY',
        dayCount: kind!.dayCount as '30/360',
        deferralMonths: t.deferralMonths,
        conventions: base.conventions,
      });
      scheduleRate = interestRate!;
      installment = schedule.lines.find((l) => dec(l.principal).gt(0))?.total ?? schedule.lines[0].total;
      lastInstallment = schedule.lines.at(-1)!.total;
    }
  } catch (e) {
    if (e instanceof BadUserInput) throw e;
    domainIssue(issues, P, 'payment', e);
    issues.throwIfAny();
    throw e;
  }

  // --- 4. US / RPMN / Odplata: from the front end, or computed here (SK method D: US = RPMN; E: US = nominal rate).
  // PL contract types: the interest rate is always the nominal rate the contract states; the APR (RRSO) is computed
  // from the schedule, the upfront non-interest costs and the insurance, and stored beside it.
  let method: 'D' | 'E' | 'F' | null = (methodRpmn ?? t.interestMethod) as 'D' | 'E' | 'F';
  const upfront: CashFlow[] = nonInterestCosts && dec(nonInterestCosts).gt(0) ? [{ date: disb, amount: money(dec(nonInterestCosts).neg()) }] : [];
  let finalRpmn: string;
  let finalOdplata: string;
  let finalRate: string;
  if (rateByFront) {
    finalRpmn = rpmn!;
    finalOdplata = odplata!;
    finalRate = interestRate!;
  } else if (t.country === 'PL') {
    method = null;
    const lines = insurance && dec(insurance).gt(0) ? schedule.lines.map((l) => ({ dueDate: l.dueDate, total: money(dec(l.total).plus(dec(insurance))) })) : schedule.lines;
    finalRpmn = aprDetails(scheduleCashFlows(disb, base.principal, lines, upfront)).apr;
    finalOdplata = finalRpmn;
    finalRate = pct(dec(scheduleRate));
  } else {
    method = t.interestMethod as 'D' | 'E';
    const flows = scheduleCashFlows(disb, base.principal, schedule.lines);
    finalRpmn = aprDetails(flows).apr;
    // Odplata differs from RPMN only with insurance: the installments then include the insurance (formula 2)
    finalOdplata =
      insurance && dec(insurance).gt(0)
        ? aprDetails(
            scheduleCashFlows(
              disb,
              base.principal,
              schedule.lines.map((l) => ({ dueDate: l.dueDate, total: money(dec(l.total).plus(dec(insurance))) })),
            ),
          ).apr
        : finalRpmn;
    finalRate = method === 'D' ? finalRpmn : pct(dec(scheduleRate));
  }

  // --- 5. caps by signature date or recalculation date (contract type): SK from the dated legal_rates rows
  // (SK_MAX_RPMN, SK_MAX_ODPLATA; migration 0022), PL from the reference rate and the formula rows
  const checkDate = t.aprCheckBy === 'RECALCULATION_DATE' ? recalcDate! : signatureDate!;
  const capInput = { aprCheckDate: t.aprCheckBy as 'SIGNATURE_DATE' | 'RECALCULATION_DATE', signatureDate: signatureDate!, recalculationDate: recalcDate };
  const capChecks: { kind: string; field: string; run: () => unknown }[] = [];
  if (t.country === 'SK') {
    const sk = await skTables(dbSql(ctx));
    const apr = sk.maxRpmn.filter((x) => x.from <= checkDate);
    const odp = sk.maxOdplata.filter((x) => x.from <= checkDate);
    if (apr.length) capChecks.push({ kind: 'MAX_APR', field: 'rpmn', run: () => assertCaps({ country: 'SK', ...capInput, apr: finalRpmn, tables: { sk: apr } }) });
    if (odp.length) capChecks.push({ kind: 'MAX_ODPLATA', field: 'odplata', run: () => assertCaps({ country: 'SK', ...capInput, odplata: finalOdplata, tables: { sk: odp } }) });
  } else {
    // PL: maximum interest (art. 359 §2¹ KC) from the admins' legal-rate tables; MPKK (art. 36a) on the same date
    const tables = await plTables(dbSql(ctx));
    if (tables.referenceRates.length) {
      capChecks.push({
        kind: 'MAX_INTEREST',
        field: 'interestRate',
        run: () => assertCaps({ country: 'PL', ...capInput, interestRate: finalRate, tables: { referenceRates: tables.referenceRates, plMaxInterest: tables.plMaxInterest } }),
      });
    }
    const costs = dec(nonInterestCosts ?? '0').plus(dec(insurance ?? '0').times(n!));
    const termDays = loanDates.daysBetween(disb, schedule.lines.at(-1)!.dueDate);
    const limit = plMaxNonInterestCosts(base.principal, termDays, checkDate);
    if (costs.gt(dec(limit))) {
      issues.add(
        `${P}nonInterestCosts`,
        'cap.exceeded',
        `Non-interest costs ${money(costs)} (fees ${money(dec(nonInterestCosts ?? '0'))} + insurance ${money(dec(insurance ?? '0'))} × ${n}) exceed the maximum non-interest costs (MPKK) of ${limit} in force on ${checkDate} (principal ${base.principal}, ${termDays} days)`,
        {
          cap: 'MAX_NON_INTEREST_COST',
          domainCap: 'PL_MAX_NON_INTEREST_COSTS',
          limit,
          value: money(costs),
          checkDate,
          termDays,
          principal: base.principal,
        },
      );
    }
  }
  for (const c of capChecks) {
    try {
      c.run();
    } catch (e) {
      if (!isDomainError(e) || e.code !== 'CAP_EXCEEDED') throw e;
      const p = e.params as { limit: string; value: string; checkDate: string };
      issues.add(
        `${P}${c.field}`,
        'cap.exceeded',
        `${c.field} ${p.value} exceeds the cap ${c.kind} (${t.country}) of ${stripZeros(p.limit)} % in force on ${p.checkDate} (checked by ${t.aprCheckBy})`,
        {
          cap: c.kind,
          domainCap: (e.params as { cap: string }).cap,
          limit: p.limit,
          value: p.value,
          checkDate: p.checkDate,
          checkDateKind: t.aprCheckBy,
        },
      );
    }
  }
  issues.throwIfAny();

  // --- 6. one transaction
  // the lender's account (setting partner.repaymentAccount) gives the bank and prefix of every loan's own account
  const [acct] = await ctx.db.select().from(settings).where(eq(settings.key, 'partner.repaymentAccount'));
  const lenderAccount = typeof acct?.value === 'string' ? acct.value : null;
  try {
    const result = await ctx.db.transaction(async (txx) => {
      const tx = txx;
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'authcode:' + authorisationCode!}, 0))`);
      const dup = await tx.select({ id: loans.id, number: loans.number }).from(loans).where(eq(loans.authorisationCode, authorisationCode!));
      if (dup.length)
        throw new Conflict(`A contract with authorisation code ${authorisationCode} already exists (${dup[0].number})`, {
          field: `${P}authorisationCode`,
          rule: 'contract.duplicateAuthorisationCode',
        });

      // national-id locks in a fixed order (borrower and co-applicants), so that crossed registrations cannot deadlock
      const pins = [...new Set([clientData?.pin, ...coApplicants.map((c) => c.pin)].filter((x): x is string => Boolean(x)))].sort();
      for (const pin of pins) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'party:' + pin}, 0))`);
      let clientId: number;
      if (clientData) {
        const u = await upsertClientTx(tx, ctx, clientData, opts.source);
        partyId = u.partyId;
        clientId = u.clientId;
      } else clientId = Number(knownClientId);
      const coParties: string[] = [];
      for (const c of coApplicants) {
        const u = await upsertClientTx(tx, ctx, c, opts.source);
        if (u.partyId !== partyId && !coParties.includes(u.partyId)) coParties.push(u.partyId);
      }

      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'file-number:' + kind!.id}, 0))`);
      const [{ next }] = await tx
        .select({ next: sql<number>`coalesce(max(${debtorFiles.number}), 0)::int + 1` })
        .from(debtorFiles)
        .where(eq(debtorFiles.receivableKindId, kind!.id));
      const [file] = await tx.insert(debtorFiles).values({ receivableKindId: kind!.id, number: next }).returning();
      await tx.insert(fileParties).values([{ fileId: file.id, partyId: partyId!, role: 'BORROWER' }, ...coParties.map((p) => ({ fileId: file.id, partyId: p, role: 'CO_BORROWER' }))]);

      const number = `${kind!.code}/${disb.slice(0, 4)}/${String(next).padStart(6, '0')}`;
      // every loan its own repayment account: the next number of partner_account_seq (a number without a Slovak check
      // digit is skipped, 1 in 11), never shared with another loan
      let repaymentAccount: string | null = null;
      while (!repaymentAccount) {
        const [{ seq }] = await tx.execute<{ seq: string }>(sql`select nextval('partner_account_seq')::text as seq`);
        repaymentAccount = virtualRepaymentAccount(t.country === 'PL' ? 'PL' : 'SK', Number(seq), lenderAccount);
      }
      const terms = {
        principal: base.principal,
        annualRate: scheduleRate,
        installments: n!,
        disbursementDate: disb,
        firstDueDate: firstDue,
        method: 'ANNUITY',
        dayCount: kind!.dayCount,
        deferralMonths: t.deferralMonths,
        fixedInstallment: installmentByFront ? installment : undefined,
        lastInstallment,
        contractPrice,
        downPayment,
        installmentCalculatedBy: t.installmentCalculatedBy,
        rateCalculatedBy: t.rateCalculatedBy,
        method_rpmn: method,
        // the lender conventions the schedule was built with: payoff quotes and extraordinary repayments keep using them
        conventions: base.conventions,
      };
      const [loan] = await tx
        .insert(loans)
        .values({
          fileId: file.id,
          number,
          contractTypeId: t.id,
          sellingChannelId: channelId,
          authorisationCode: authorisationCode!,
          currency: kind!.currency,
          principal: base.principal,
          annualRate: pct(dec(finalRate)),
          penaltyRate: pct(dec(finalRate)),
          method: 'ANNUITY',
          dayCount: kind!.dayCount,
          installmentsCount: n!,
          deferralMonths: t.deferralMonths,
          fixedInstallment: installmentByFront ? installment : null,
          downPayment: downPayment!,
          contractPrice,
          insurance: insurance ?? '0',
          signatureDate: signatureDate!,
          disbursementDate: disb,
          firstDueDate: firstDue,
          recalculationDate: recalcDate ?? null,
          repaymentAccount,
          status: disb > day ? 'TO_BE_DISBURSED' : 'ACTIVE',
          apr: pct(dec(finalRpmn)),
          earlyMoney: base.conventions.earlyMoney === 'APPLY_AT_ONCE' ? 'APPLY_AT_ONCE' : 'DEPOSIT_UNTIL_DUE',
        })
        .returning();
      await tx.insert(scheduleVersions).values({ loanId: loan.id, version: 1, reason: 'INITIAL', effectiveDate: disb, terms, createdBy: ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null });
      await tx.insert(installments).values(
        schedule.lines.map((l) => ({
          loanId: loan.id,
          version: 1,
          number: l.number,
          dueDate: l.dueDate,
          principal: l.principal,
          interest: l.interest,
          accumulatedInterest: l.accumulatedInterest,
          total: l.total,
        })),
      );
      await tx.insert(contractDetails).values({
        loanId: loan.id,
        applicationId: r.text(body, 'applicationId') ?? null,
        actionId: r.text(body, 'actionId') ?? null,
        paymentForm: paymentForm!,
        invoiceNumber: r.text(body, 'invoiceNumber') ?? null,
        salePlaceCode: salePlaceCode!,
        dealerCode: dealerCode!,
        salePlaceId: network!.salePlaceId,
        dealerId: network!.dealerId,
        contractStatusCode: contractStatusCode!,
        firstPaymentPercentage: r.decimal(body, 'firstPaymentPercentage', { decimals: 4 }) ?? null,
        methodRpmn: method,
        rateCalculatedBy: t.rateCalculatedBy,
        installmentCalculatedBy: t.installmentCalculatedBy,
        rpmn: pct(dec(finalRpmn)),
        odplata: pct(dec(finalOdplata)),
        interestRate: pct(dec(finalRate)),
        lastInstallment,
        receivedAt: receivedAt ?? null,
        barcode: r.text(body, 'barcode') ?? null,
        request: body,
        createdBy: ctx.actor?.type === 'API_TOKEN' ? `API_TOKEN:${ctx.actor.tokenId}` : ctx.actor?.type === 'STAFF' ? `STAFF:${ctx.actor.userId}` : null,
      });
      if (products.length)
        await tx
          .insert(contractProducts)
          .values(products.map((p, i) => ({ loanId: loan.id, position: i + 1, ...p, producer: p.producer ?? null, brand: p.brand ?? null, serialNo: p.serialNo ?? null })));
      if (notes.length) await tx.insert(contractNotes).values(notes.map((x) => ({ loanId: loan.id, ...x })));
      if (optional.length) await tx.insert(contractOptionalData).values(optional.map((x) => ({ loanId: loan.id, ...x })));
      if (approvals.length) await tx.insert(contractApprovals).values(approvals.map((x) => ({ loanId: loan.id, ...x })));
      await audit(
        ctx,
        'CREATE',
        'contract',
        loan.id,
        null,
        {
          number,
          authorisationCode,
          fileId: file.id,
          partyId,
          clientId,
          contractType: t.code,
          principal: base.principal,
          installments: n,
          rpmn: finalRpmn,
          odplata: finalOdplata,
          interestRate: finalRate,
          source: opts.source,
        },
        tx,
      );
      return {
        contract: number,
        loanId: loan.id,
        fileId: file.id,
        clientId,
        partyId: partyId!,
        rpmn: pct(dec(finalRpmn)),
        odplata: pct(dec(finalOdplata)),
        interestRate: pct(dec(finalRate)),
        installment,
        lastInstallment,
        repaymentAccount,
      };
    });
    // a back-dated PL loan: the maxima that fell since its disbursement cap its interest at once (one version per step)
    if (t.country === 'PL' && disb < day) await applyLegalCaps(dbSql(ctx), day, { loanIds: [result.loanId] });
    return result;
  } catch (e) {
    const pg = e as { code?: string; constraint_name?: string; cause?: { code?: string; constraint_name?: string } };
    const code = pg.code ?? pg.cause?.code;
    const constraint = pg.constraint_name ?? pg.cause?.constraint_name ?? '';
    if (code === '23505' && constraint.includes('authorisation_code')) {
      throw new Conflict(`A contract with authorisation code ${authorisationCode} already exists`, { field: `${P}authorisationCode`, rule: 'contract.duplicateAuthorisationCode' });
    }
    throw e;
  }
}
