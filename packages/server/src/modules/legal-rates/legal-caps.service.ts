/**
 * Daily capping of running PL loans (issue 16, docs/domain.md "Legal caps"). Interest (contractual and penalty)
 * accrues day by day at no more than the maximum in force on that day: when a maximum below a loan's rate comes into
 * force (a reference-rate cut reached by the business date, or a back-dated loan registered after the cut), the loan
 * gets a new schedule version, reason LEGAL_CAP, effective on the day the maximum took effect, whose interest is the
 * base schedule's interest capped day by day (domain `capScheduleInterest`); one version per step of the maximum, so
 * the history shows every cut. The maximum late interest is applied through dated penalty_rates rows.
 *
 * Runs: from the daily tick's cron job (before the tick) for the business date, after a contract registration whose
 * disbursement is in the past, and when an admin adds a legal-rate row dated on or before the business date.
 * Idempotent: steps already applied (a LEGAL_CAP version with that effective date) are skipped.
 */
import { capScheduleInterest, plMaxRateSteps, roundDecimal, type PlMaxRateStep } from '@raty/domain';
import type { Sql } from '../../db/client.js';
import { bulkInsert } from '../../db/bulk.js';
import { loadLoan, loanState, scheduleLines, storeLoanState } from '../loans/index.js';
import { plTables, type PlTables } from './legal-rates.service.js';

export interface LegalCapsResult {
  loans: number;
  versions: number;
  penaltyRows: number;
}

const cmp = (a: string, b: string) => Number(a) - Number(b); // rates with ≤ 4 decimals: exact enough to order

export async function applyLegalCaps(sql: Sql, asOf: string, opts: { loanIds?: string[]; tables?: PlTables } = {}): Promise<LegalCapsResult> {
  const t = opts.tables ?? (await plTables(sql));
  const out: LegalCapsResult = { loans: 0, versions: 0, penaltyRows: 0 };
  if (!t.referenceRates.length) return out;
  const earliest = t.referenceRates[0]!.from > '2016-01-01' ? t.referenceRates[0]!.from : '2016-01-01';
  const all = plMaxRateSteps(earliest, asOf, t.referenceRates, t.plMaxInterest, t.plMaxPenaltyInterest);
  const minMax = all.reduce((m, s) => (cmp(s.maxInterest, m) < 0 ? s.maxInterest : m), all[0]!.maxInterest);
  const minLate = all.reduce((m, s) => (cmp(s.maxPenaltyInterest, m) < 0 ? s.maxPenaltyInterest : m), all[0]!.maxPenaltyInterest);
  const ids = opts.loanIds ?? null;
  const candidates = await sql<{ id: string }[]>`
    select l.id from loans l
    left join contract_types ct on ct.id = l.contract_type_id
    where l.status = 'ACTIVE' and coalesce(ct.country, case when l.currency = 'PLN' then 'PL' else 'SK' end) = 'PL'
      and (l.annual_rate > ${minMax}::numeric or l.penalty_rate > ${minLate}::numeric)
      and (${ids}::uuid[] is null or l.id = any(${ids}::uuid[]))`;
  for (const c of candidates) {
    const r = await capLoan(sql, c.id, asOf, t);
    if (r.versions || r.penaltyRows) out.loans++;
    out.versions += r.versions;
    out.penaltyRows += r.penaltyRows;
  }
  return out;
}

async function capLoan(sql: Sql, loanId: string, asOf: string, t: PlTables): Promise<{ versions: number; penaltyRows: number }> {
  return sql.begin(async (txRaw) => {
    const tx = txRaw;
    let loan = await loadLoan(tx, loanId, { forUpdate: true });
    if (!loan || loan.status !== 'ACTIVE') return { versions: 0, penaltyRows: 0 };
    const steps = plMaxRateSteps(loan.disbursement_date, asOf, t.referenceRates, t.plMaxInterest, t.plMaxPenaltyInterest);
    let versions = 0;
    let penaltyRows = 0;

    // --- contractual interest: base = the newest version not made by a cap; its lines capped with every step so far
    const vs = await tx<{ version: number; reason: string; effective_date: string }[]>`
      select version, reason, effective_date::text from schedule_versions where loan_id = ${loanId} order by version`;
    const base = [...vs].reverse().find((v) => v.reason !== 'LEGAL_CAP');
    if (base) {
      const applied = new Set(vs.filter((v) => v.reason === 'LEGAL_CAP' && v.version > base.version).map((v) => v.effective_date));
      const baseLines = await scheduleLines(tx, loanId, base.version);
      // steps where the cap bites, or where it stops biting (a maximum that rises again)
      const due = steps.filter(
        (s, i) => (cmp(s.maxInterest, loan!.annual_rate) < 0 || (i > 0 && cmp(steps[i - 1]!.maxInterest, loan!.annual_rate) < 0)) && !applied.has(s.from) && s.from >= base.effective_date,
      );
      let current = await scheduleLines(tx, loanId, loan.schedule_version);
      for (const s of due) {
        const capped = capScheduleInterest({
          lines: baseLines.map((l) => ({ number: l.number, dueDate: l.due_date, principal: l.principal, interest: l.interest, accumulatedInterest: l.accumulated_interest })),
          disbursementDate: loan.disbursement_date,
          annualRate: loan.annual_rate,
          caps: steps.filter((x) => x.from <= s.from).map((x) => ({ from: x.from, rate: x.maxInterest })),
        });
        if (capped.lines.every((l, i) => current[i] && l.interest === current[i]!.interest && l.total === current[i]!.total)) continue;
        const v: number = loan.schedule_version + 1;
        const note = capNote(s, loan.annual_rate, t);
        await bulkInsert(
          tx,
          'installments',
          ['loan_id:uuid', 'version:int', 'number:int', 'due_date:date', 'principal:numeric', 'interest:numeric', 'accumulated_interest:numeric', 'total:numeric'].map((x) => ({
            name: x.split(':')[0]!,
            type: x.split(':')[1]!,
          })),
          capped.lines.map((l) => [loanId, v, l.number, l.dueDate, l.principal, l.interest, l.accumulatedInterest, l.total]),
        );
        await tx`insert into schedule_versions (loan_id, version, reason, effective_date, terms)
          values (${loanId}, ${v}, 'LEGAL_CAP', ${s.from}, ${JSON.stringify({ baseVersion: base.version, contractualRate: loan.annual_rate, maxInterest: s.maxInterest, capFrom: s.from, note })}::jsonb)`;
        await tx`update loans set schedule_version = ${v} where id = ${loanId}`;
        await tx`insert into audit_log (actor_type, actor_id, action, entity, entity_id, before, after)
          values ('SYSTEM', 'legal-caps', 'LEGAL_CAP', 'loan', ${loanId}, ${JSON.stringify({ version: loan.schedule_version })}::jsonb, ${JSON.stringify({ version: v, capFrom: s.from, maxInterest: s.maxInterest })}::jsonb)`;
        loan = { ...loan, schedule_version: v };
        current = await scheduleLines(tx, loanId, v);
        versions++;
      }
    }

    // --- penalty interest: a dated penalty_rates row wherever the maximum late interest falls below the rate in force
    const pr = await tx<{ valid_from: string; rate: string }[]>`select valid_from::text, rate::text from penalty_rates where loan_id = ${loanId} order by valid_from, id`;
    const rateOn = (d: string) => pr.filter((x) => x.valid_from <= d).at(-1)?.rate ?? loan!.penalty_rate;
    for (const s of steps) {
      const wanted = cmp(s.maxPenaltyInterest, loan.penalty_rate) < 0 ? s.maxPenaltyInterest : loan.penalty_rate;
      if (cmp(wanted, rateOn(s.from)) !== 0) {
        await tx`insert into penalty_rates (loan_id, valid_from, rate) values (${loanId}, ${s.from}, ${wanted})`;
        pr.push({ valid_from: s.from, rate: wanted });
        pr.sort((a, b) => (a.valid_from < b.valid_from ? -1 : a.valid_from > b.valid_from ? 1 : 0));
        penaltyRows++;
      }
    }
    if (versions || penaltyRows) await storeLoanState(tx, loan, await loanState(tx, loan, asOf));
    return { versions, penaltyRows };
  });
}

function capNote(s: PlMaxRateStep, rate: string, t: PlTables): string {
  const ref = t.referenceRates.filter((r) => r.from <= s.from).at(-1);
  return `Maximum interest ${s.maxInterest} % in force from ${s.from} (NBP reference rate ${ref ? roundDecimal(ref.rate, 2) : '?'} %) is below the contractual ${rate} %: interest capped from that day`;
}
