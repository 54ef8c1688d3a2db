import { randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { dueStep, formatMoney, isoDaysBetween, parseMoney, renderNotice, stepSkip, type AmountCurrency, type ContactPressure, type StepSkip } from '@raty/domain';
import type { Logger } from 'pino';
import type { Db, Sql, SqlHandle } from '../../db/client.js';
import { noActiveHold, startSendJob } from '../collection/index.js';
import { getReminderSettings, reminderCandidates, reminderChannel, runReminders } from '../reminders/index.js';
import { ensureDefaultStrategies, getContactPressure, loadStrategies, type StoredStep, type Strategy } from './strategies.service.js';

/** One notice the run creates (or the simulation says it would). */
interface PlannedNotice {
  strategyId: string;
  versionId: string;
  stepKey: string;
  offsetDays: number;
  channel: StoredStep['channel'];
  mode: StoredStep['mode'];
  templateId: string | null;
  rule: StoredStep['rule'];
  loanId: string;
  loanNumber: string;
  fileId: string;
  episode: number;
  partyId: string;
  partyName: string;
  currency: string;
  /** overdue + the episode's upcoming installment as of the run date */
  amount: string;
}

interface StepCount {
  strategyId: string;
  stepKey: string;
  offsetDays: number;
  channel: string;
  rule: string | null;
  count: number;
  /** Σ amounts per currency ("PLN 120.00") */
  amounts: { currency: string; amount: string }[];
}

interface RunPlan {
  runOn: string;
  notices: PlannedNotice[];
  skipped: Record<string, number>;
  /** the candidates' facts, for the run that creates the notices right after planning */
  facts: { cands: Map<string, Candidate>; parties: Map<string, PartyFacts> };
}

interface Candidate {
  loan_id: string;
  file_id: string;
  loan_number: string;
  currency: string;
  kind_id: string;
  kind_code: string;
  kind_name: string;
  file_number: number;
  contract_type_id: string | null;
  installment: number;
  due_date: string;
  overdue: string;
  outstanding: string;
  promise_pending: boolean;
  items: { n: number; d: string; a: string }[] | string;
}

interface PartyFacts {
  file_id: string;
  party_id: string;
  role: string;
  name: string;
  country: string;
  departed: boolean;
  mobile: string | null;
  any_mobile: string | null;
  email: string | null;
  address: string | null;
  last_contact: string | null;
  contacts: number;
}

/** The strategy a loan follows: a matching segmented strategy of its kind before the kind's default one. */
function strategyFor(strategies: readonly Strategy[], c: Candidate): Strategy | null {
  const mine = strategies.filter((s) => s.kindId === c.kind_id);
  const fits = (s: Strategy) =>
    (s.current.outstandingFrom === null || new Decimal(c.outstanding).gte(s.current.outstandingFrom)) &&
    (s.current.outstandingTo === null || new Decimal(c.outstanding).lte(s.current.outstandingTo)) &&
    (s.current.contractTypeId === null || s.current.contractTypeId === c.contract_type_id);
  return mine.find((s) => !s.isDefault && fits(s)) ?? mine.find((s) => s.isDefault && fits(s)) ?? null;
}

/**
 * What the run of `runOn` creates (issue 31), computed set-based: the episodes of ACTIVE loans (the oldest unpaid
 * installment: a terminated loan or one handed to hard collection is not ACTIVE / has a HARD_COLLECTION hold) of files
 * without an active collection hold, with their parties' facts in two queries; then per loan and addressee the domain
 * picks the due step (`dueStep`) and checks its conditions and the contact pressure (`stepSkip`). The run and the
 * simulation both call this, so the simulation of a date is what the run of that date creates.
 */
async function planRun(sql: SqlHandle, runOn: string, pressure: ContactPressure, strategies: readonly Strategy[], extra: ReadonlyMap<string, number> = new Map()): Promise<RunPlan> {
  const generic = strategies.filter((s) => s.current.steps.some((st) => !st.rule));
  const skipped: Record<string, number> = {};
  if (!generic.length) return { runOn, notices: [], skipped, facts: { cands: new Map(), parties: new Map() } };
  const kindIds = [...new Set(generic.map((s) => s.kindId))];
  const lead = Math.max(0, ...generic.flatMap((s) => s.current.steps.filter((st) => !st.rule).map((st) => -st.offsetDays)));
  const cands = await sql<Candidate[]>`
    with ep as (
      select distinct on (l.id) l.id as loan_id, l.file_id, l.number as loan_number, l.currency, f.receivable_kind_id as kind_id, l.contract_type_id,
        i.number as installment, i.due_date::text as due_date
      from loans l
      join debtor_files f on f.id = l.file_id
      join installments i on i.loan_id = l.id and i.version = l.schedule_version
      where l.status = 'ACTIVE' and f.receivable_kind_id = any(${kindIds}::uuid[])
        and i.principal + i.interest > i.paid_principal + i.paid_interest
        and ${noActiveHold(sql, sql`f.id`)}
      order by l.id, i.due_date, i.number
    )
    select ep.*, k.code as kind_code, k.name as kind_name, f.number as file_number, u.overdue, u.outstanding, u.items,
      exists (select 1 from notices n where n.file_id = ep.file_id and n.promise_date >= ${runOn}::date) as promise_pending
    from ep
    join debtor_files f on f.id = ep.file_id
    join receivable_kinds k on k.id = ep.kind_id
    cross join lateral (
      select coalesce(sum(i.principal + i.interest - i.paid_principal - i.paid_interest) filter (where i.due_date < ${runOn}::date), 0)::text as overdue,
        coalesce(sum(i.principal + i.interest - i.paid_principal - i.paid_interest), 0)::text as outstanding,
        json_agg(json_build_object('n', i.number, 'd', i.due_date, 'a', (i.principal + i.interest - i.paid_principal - i.paid_interest)::text) order by i.number)
          filter (where i.due_date <= greatest(${runOn}::date - 1, ep.due_date::date)) as items
      from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version
      where i.loan_id = ep.loan_id and i.principal + i.interest > i.paid_principal + i.paid_interest
    ) u
    where ep.due_date::date <= ${runOn}::date + ${lead}::int
    order by f.number, ep.loan_number`;
  if (!cands.length) return { runOn, notices: [], skipped, facts: { cands: new Map(), parties: new Map() } };
  const fileIds = [...new Set(cands.map((c) => c.file_id))];
  const loanIds = cands.map((c) => c.loan_id);
  const from = `${pressure.perDays - 1}`;
  const [parties, done] = await Promise.all([
    sql<PartyFacts[]>`
      select fp.file_id, p.id as party_id, fp.role, coalesce(p.company_name, concat_ws(' ', p.first_name, p.last_name)) as name, p.country,
        (p.death_date is not null or p.bankruptcy_date is not null) as departed,
        (select c.value from contacts c where c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent order by c.created_at limit 1) as mobile,
        (select c.value from contacts c where c.party_id = p.id and c.type = 'MOBILE' order by c.sms_consent desc, c.created_at limit 1) as any_mobile,
        (select c.value from contacts c where c.party_id = p.id and c.type = 'EMAIL' and c.sms_consent order by c.created_at limit 1) as email,
        (select concat_ws(', ', concat_ws(' ', a.street, a.house_number), concat_ws(' ', a.zip, a.city)) from addresses a
          where a.party_id = p.id and a.valid_to is null and a.city is not null and a.zip is not null order by a.kind = 'CORRESPONDENCE' desc, a.valid_from desc limit 1) as address,
        (select max(n.created_on)::text from notices n where n.party_id = p.id and n.created_on <= ${runOn}::date and (n.task_status is null or n.task_status <> 'CANCELLED')) as last_contact,
        (select count(*)::int from notices n where n.party_id = p.id and n.created_on between ${runOn}::date - ${from}::int and ${runOn}::date
          and (n.task_status is null or n.task_status <> 'CANCELLED')) as contacts
      from file_parties fp join parties p on p.id = fp.party_id
      where fp.file_id = any(${fileIds}::uuid[])
      order by fp.file_id, case fp.role when 'BORROWER' then 0 when 'CO_BORROWER' then 1 else 2 end, p.id`,
    sql<{ loan_id: string; episode: number; party_id: string; step_key: string }[]>`
      select loan_id, episode, party_id, step_key from strategy_executions where loan_id = any(${loanIds}::uuid[])`,
  ]);
  const byFile = new Map<string, PartyFacts[]>();
  for (const p of parties) byFile.set(p.file_id, [...(byFile.get(p.file_id) ?? []), p]);
  const doneBy = new Map<string, Set<string>>();
  for (const d of done) {
    const k = `${d.loan_id}|${d.episode}|${d.party_id}`;
    doneBy.set(k, (doneBy.get(k) ?? new Set()).add(d.step_key));
  }
  // `extra`: the simulation's reminders of that day (the run has created them before planning: they are in `contacts`)
  const contacts = new Map(parties.map((p) => [p.party_id, p.contacts + (extra.get(p.party_id) ?? 0)]));
  const notices: PlannedNotice[] = [];
  const skip = (why: StepSkip) => (skipped[why] = (skipped[why] ?? 0) + 1);
  for (const c of cands) {
    const s = strategyFor(generic, c);
    if (!s) continue;
    const steps = s.current.steps.filter((st) => !st.rule);
    const dpd = isoDaysBetween(c.due_date, runOn);
    const items = (typeof c.items === 'string' ? (JSON.parse(c.items) as { n: number; d: string; a: string }[]) : c.items) ?? [];
    const amount = formatMoney(items.reduce((t, i) => t + parseMoney(i.a), 0n));
    for (const p of byFile.get(c.file_id) ?? []) {
      const ep = { installment: c.installment, dueDate: c.due_date, country: p.country };
      const step = dueStep(steps, ep, runOn, doneBy.get(`${c.loan_id}|${c.installment}|${p.party_id}`) ?? new Set(), pressure) as StoredStep | null;
      if (!step) continue;
      if (p.role !== 'BORROWER' && (step.coDebtorsFromDpd === null || dpd < step.coDebtorsFromDpd)) continue;
      const why = stepSkip(
        step,
        {
          overdue: c.overdue,
          promisePending: c.promise_pending,
          daysSinceContact: extra.has(p.party_id) ? 0 : p.last_contact ? isoDaysBetween(p.last_contact, runOn) : null,
          contactsInPeriod: contacts.get(p.party_id) ?? 0,
          consent: step.channel === 'SMS' ? p.mobile !== null : step.channel === 'EMAIL' ? p.email !== null : true,
          departed: p.departed,
          hasAddress: p.address !== null,
        },
        pressure,
      );
      if (why) {
        skip(why);
        continue;
      }
      if ((step.channel === 'SMS' && !p.mobile) || (step.channel === 'EMAIL' && !p.email)) {
        skip('NO_CONSENT'); // nowhere to send it (the step does not require consent, but there is no such contact)
        continue;
      }
      contacts.set(p.party_id, (contacts.get(p.party_id) ?? 0) + 1);
      notices.push({
        strategyId: s.id,
        versionId: s.current.id,
        stepKey: step.key,
        offsetDays: step.offsetDays,
        channel: step.channel,
        mode: step.mode,
        templateId: step.templateId,
        rule: null,
        loanId: c.loan_id,
        loanNumber: c.loan_number,
        fileId: c.file_id,
        episode: c.installment,
        partyId: p.party_id,
        partyName: p.name,
        currency: c.currency,
        amount,
      });
    }
  }
  return { runOn, notices, skipped, facts: { cands: new Map(cands.map((c) => [c.loan_id, c])), parties: new Map(parties.map((p) => [`${p.file_id}|${p.party_id}`, p])) } };
}

/** Reminder steps (rules UPCOMING / SK_DELAY) of the active strategies: kinds per rule and offset. */
function reminderSteps(strategies: readonly Strategy[]): { rule: 'UPCOMING' | 'SK_DELAY'; days: number; kindIds: string[]; strategyId: string; stepKey: string; offsetDays: number }[] {
  const out: { rule: 'UPCOMING' | 'SK_DELAY'; days: number; kindIds: string[]; strategyId: string; stepKey: string; offsetDays: number }[] = [];
  for (const s of strategies.filter((x) => x.isDefault))
    for (const st of s.current.steps)
      if (st.rule) out.push({ rule: st.rule, days: st.rule === 'UPCOMING' ? -st.offsetDays : 0, kindIds: [s.kindId], strategyId: s.id, stepKey: st.key, offsetDays: st.offsetDays });
  return out;
}

function countSteps(strategies: readonly Strategy[], plan: RunPlan, reminders: { strategyId: string; stepKey: string; count: number; amounts: Map<string, bigint> }[]): StepCount[] {
  const out: StepCount[] = [];
  for (const s of strategies)
    for (const st of s.current.steps) {
      const mine = plan.notices.filter((n) => n.stepKey === st.key);
      const r = reminders.find((x) => x.stepKey === st.key);
      const sums = r ? r.amounts : new Map<string, bigint>();
      if (!r) for (const n of mine) sums.set(n.currency, (sums.get(n.currency) ?? 0n) + parseMoney(n.amount));
      out.push({
        strategyId: s.id,
        stepKey: st.key,
        offsetDays: st.offsetDays,
        channel: st.channel,
        rule: st.rule,
        count: r ? r.count : mine.length,
        amounts: [...sums].map(([currency, v]) => ({ currency, amount: formatMoney(v) })),
      });
    }
  return out;
}

export interface Simulation {
  runOn: string;
  steps: StepCount[];
  notices: PlannedNotice[];
  skipped: Record<string, number>;
}

/**
 * "What would run on date D" (issue 31): the plan of D with the active strategies and contact pressure as they are
 * now, plus what the reminder steps would send. Creates nothing.
 */
export async function simulateStrategies(sql: Sql, runOn: string): Promise<Simulation> {
  const settings = await getReminderSettings(sql);
  await ensureDefaultStrategies(sql, settings.upcomingDays);
  const [strategies, pressure] = await Promise.all([loadStrategies(sql, { status: 'ACTIVE' }), getContactPressure(sql)]);
  const reminders = [];
  const extra = new Map<string, number>();
  for (const r of reminderSteps(strategies)) {
    if ((r.rule === 'UPCOMING' && !settings.upcomingEnabled) || (r.rule === 'SK_DELAY' && !settings.skDelayEnabled)) continue;
    const cands = await reminderCandidates(sql, r.rule, runOn, r.days, r.kindIds);
    const sending = cands.filter((c) => reminderChannel(c) !== null);
    for (const c of sending) extra.set(c.party_id, (extra.get(c.party_id) ?? 0) + 1);
    const amounts = new Map<string, bigint>();
    const cur = await sql<{ id: string; currency: string }[]>`select id, currency from loans where id = any(${[...new Set(sending.map((c) => c.loan_id))]}::uuid[])`;
    const curOf = new Map(cur.map((c) => [c.id, c.currency]));
    for (const c of sending) amounts.set(curOf.get(c.loan_id)!, (amounts.get(curOf.get(c.loan_id)!) ?? 0n) + parseMoney(c.total) - parseMoney(c.paid));
    reminders.push({ strategyId: r.strategyId, stepKey: r.stepKey, count: sending.length, amounts });
  }
  const plan = await planRun(sql, runOn, pressure, strategies, extra);
  return { runOn, steps: countSteps(strategies, plan, reminders), notices: plan.notices, skipped: plan.skipped };
}

export interface StrategyRunResult {
  id: string;
  runOn: string;
  created: number;
  skipped: number;
  skippedReasons: Record<string, number>;
  steps: StepCount[];
}

const channelReason = (offsetDays: number) => (offsetDays <= 0 ? 'UPCOMING' : 'OVERDUE');

/**
 * The daily run (issue 31): plans the date, claims each (step, loan, episode, addressee) in strategy_executions — the
 * unique index makes a re-run, a retried job or a second worker create nothing — and creates the claimed notices in
 * the same transaction, through the notices registry: REVIEW → DRAFT, PHONE_CALL → an OPEN call task due that day,
 * LETTER → a DRAFT letter due that day, AUTO SMS/e-mail → queued for sending by a send job (the same pipeline as mass
 * generation). The reminder steps run through the reminder rules (their reminder_log keeps their guarantees).
 */
export async function runStrategies(
  deps: { sql: Sql; db: Db; log: Logger },
  runOn: string,
  how: { trigger: 'SCHEDULE' | 'MANUAL'; by?: string | null } = { trigger: 'SCHEDULE' },
): Promise<StrategyRunResult> {
  const { sql } = deps;
  const settings = await getReminderSettings(sql);
  await ensureDefaultStrategies(sql, settings.upcomingDays);
  const [strategies, pressure] = await Promise.all([loadStrategies(sql, { status: 'ACTIVE' }), getContactPressure(sql)]);
  const [run] = await sql<{ id: string }[]>`insert into strategy_runs (run_on, trigger, triggered_by) values (${runOn}, ${how.trigger}, ${how.by ?? null}) returning id`;
  // reminder steps first: they are the earliest steps and count as contacts for the pressure of the others
  const reminders = [];
  for (const r of reminderSteps(strategies)) {
    if ((r.rule === 'UPCOMING' && !settings.upcomingEnabled) || (r.rule === 'SK_DELAY' && !settings.skDelayEnabled)) continue;
    const res = await runReminders({ ...deps, requestId: `job:strategies:${run!.id}` }, r.rule, runOn, r.days, { trigger: how.trigger, by: how.by ?? null }, r.kindIds);
    const rows = await sql<{ currency: string; amount: string }[]>`select l.currency, sum(n.total_amount)::text as amount from reminder_log g join notices n on n.id = g.notice_id
      join loans l on l.id = g.loan_id where g.run_on = ${runOn} and g.kind = ${r.rule} and g.notice_id is not null
      and exists (select 1 from debtor_files f where f.id = l.file_id and f.receivable_kind_id = any(${r.kindIds}::uuid[])) group by l.currency`;
    reminders.push({ strategyId: r.strategyId, stepKey: r.stepKey, count: res.sent + res.failed, amounts: new Map(rows.map((x) => [x.currency, parseMoney(x.amount)])) });
  }
  const plan = await planRun(sql, runOn, pressure, strategies);
  const facts = plan.facts;
  const templates = new Map(
    (
      await sql<{ id: string; channel: string; reason: string; text: string; promise_addendum: string | null; subject: string | null }[]>`
        select id, channel, reason, text, promise_addendum, subject from notice_templates where id = any(${[...new Set(plan.notices.map((n) => n.templateId).filter(Boolean))] as string[]}::uuid[])`
    ).map((t) => [t.id, t]),
  );
  const rows = plan.notices.map((n) => {
    const c = facts?.cands.get(n.loanId);
    const p = facts?.parties.get(`${n.fileId}|${n.partyId}`);
    const items = c ? ((typeof c.items === 'string' ? JSON.parse(c.items) : c.items) as { n: number; d: string; a: string }[]) : [];
    const t = n.templateId ? templates.get(n.templateId) : undefined;
    const rendered = t
      ? renderNotice(
          { channel: t.channel as never, reason: t.reason as never, text: t.text, promiseAddendum: t.promise_addendum, subject: t.subject },
          {
            kindCode: c!.kind_code,
            kindName: c!.kind_name,
            fileNumber: String(c!.file_number),
            items: items.map((i) => ({ year: Number(i.d.slice(0, 4)), installmentNo: i.n, dueDate: i.d, amount: i.a })),
            currency: n.currency as AmountCurrency,
          },
        )
      : null;
    return {
      id: randomUUID(),
      n,
      items,
      kindCode: c?.kind_code ?? '',
      phone: n.channel === 'SMS' ? p?.mobile : n.channel === 'PHONE_CALL' ? p?.any_mobile : null,
      email: n.channel === 'EMAIL' ? p?.email : null,
      address: p?.address ?? null,
      consent: n.channel === 'SMS' ? !!p?.mobile : n.channel === 'EMAIL' ? !!p?.email : false,
      text: rendered?.text ?? null,
      subject: rendered?.subject ?? null,
    };
  });
  const claimed = await sql.begin(async (tx) => {
    const got = await tx<{ notice_id: string }[]>`
      insert into strategy_executions (strategy_id, version_id, step_key, loan_id, episode, party_id, run_id, run_on, notice_id)
      select x.strategy_id, x.version_id, x.step_key, x.loan_id, x.episode, x.party_id, ${run!.id}, ${runOn}, x.notice_id
      from json_to_recordset(${JSON.stringify(rows.map((r) => ({ strategy_id: r.n.strategyId, version_id: r.n.versionId, step_key: r.n.stepKey, loan_id: r.n.loanId, episode: r.n.episode, party_id: r.n.partyId, notice_id: r.id })))}::json)
        as x(strategy_id uuid, version_id uuid, step_key uuid, loan_id uuid, episode int, party_id uuid, notice_id uuid)
      on conflict (step_key, loan_id, episode, party_id) do nothing returning notice_id`;
    const ids = new Set(got.map((g) => g.notice_id));
    const mine = rows.filter((r) => ids.has(r.id));
    if (!mine.length) return mine;
    await tx`insert into notices (id, file_id, party_id, reason, channel, created_on, phone, email, subject, text, template_id, addressee_name, addressee_address,
        addressee_consent, addressee_departed, total_amount, send_status, task_status, due_on)
      select x.id, x.file_id, x.party_id, x.reason, x.channel, ${runOn}::date, x.phone, x.email, x.subject, x.text, x.template_id, x.name, x.address,
        x.consent, false, x.total, 'DRAFT', x.task_status, x.due_on
      from json_to_recordset(${JSON.stringify(
        mine.map((r) => ({
          id: r.id,
          file_id: r.n.fileId,
          party_id: r.n.partyId,
          reason: channelReason(r.n.offsetDays),
          channel: r.n.channel,
          phone: r.phone ?? null,
          email: r.email ?? null,
          subject: r.subject,
          text: r.text,
          template_id: r.n.templateId,
          name: r.n.partyName,
          address: r.address,
          consent: r.consent,
          total: r.n.amount,
          task_status: r.n.channel === 'PHONE_CALL' ? 'OPEN' : null,
          due_on: r.n.channel === 'PHONE_CALL' || r.n.channel === 'LETTER' ? runOn : null,
        })),
      )}::json) as x(id uuid, file_id uuid, party_id uuid, reason text, channel text, phone text, email text, subject text, text text, template_id uuid, name text,
        address text, consent boolean, total numeric, task_status text, due_on date)`;
    await tx`insert into notice_items (notice_id, loan_id, installment_number, kind_code, year, due_date, item_type, selected, overdue_balance, future_balance, overpayment_balance, amount_due)
      select x.notice_id, x.loan_id, x.n, x.kind_code, extract(year from x.d)::int, x.d, 'INSTALLMENT', true,
        case when x.d < ${runOn}::date then x.a else 0 end, case when x.d < ${runOn}::date then 0 else x.a end, 0, x.a
      from json_to_recordset(${JSON.stringify(mine.flatMap((r) => r.items.map((i) => ({ notice_id: r.id, loan_id: r.n.loanId, kind_code: r.kindCode, n: i.n, d: i.d, a: i.a }))))}::json)
        as x(notice_id uuid, loan_id uuid, kind_code text, n int, d date, a numeric)`;
    return mine;
  });
  const auto = claimed.filter((r) => r.n.mode === 'AUTO' && (r.n.channel === 'SMS' || r.n.channel === 'EMAIL')).map((r) => r.id);
  if (auto.length) {
    try {
      await startSendJob({ sql, db: deps.db, actor: null, requestId: `job:strategies:${run!.id}` }, auto);
    } catch (err) {
      // e.g. the SMS integration is not active: the notices stay DRAFT in the registry for a collector to send
      deps.log.warn({ err, notices: auto.length }, 'strategy notices not queued for sending');
    }
  }
  const createdPlan = { ...plan, notices: plan.notices.filter((n) => claimed.some((c) => c.n === n)) };
  const steps = countSteps(strategies, createdPlan, reminders);
  const created = steps.reduce((t, s) => t + s.count, 0);
  const skippedN = Object.values(plan.skipped).reduce((t, v) => t + v, 0);
  await sql`update strategy_runs set created = ${created}, skipped = ${skippedN}, skipped_reasons = ${JSON.stringify(plan.skipped)}::jsonb, by_step = ${JSON.stringify(steps)}::jsonb,
      finished_at = now() where id = ${run!.id}`;
  deps.log.info({ runOn, created, skipped: plan.skipped }, 'strategies run');
  return { id: run!.id, runOn, created, skipped: skippedN, skippedReasons: plan.skipped, steps };
}
