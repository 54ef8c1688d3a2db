import { randomUUID } from 'node:crypto';
import { DEFAULT_CONTACT_PRESSURE, contactPressureIssues, makeIssue, strategyIssues, type ContactPressure, type StrategyChannel, type StrategyMode, type StrategyStep } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import { BadUserInput, NotFound } from '../../graphql/errors.js';
import { clearHold, placeHold } from '../collection/index.js';

function throwIssues(issues: ReturnType<typeof makeIssue>[]): void {
  if (issues.length) throw new BadUserInput(issues);
}

/** A reminder rule kept as a step of the default strategies (issue 31: one mechanism, not two crons). */
type StepRule = 'UPCOMING' | 'SK_DELAY';

export interface StoredStep extends StrategyStep {
  position: number;
  rule: StepRule | null;
}

interface StrategyVersion {
  id: string;
  version: number;
  outstandingFrom: string | null;
  outstandingTo: string | null;
  contractTypeId: string | null;
  note: string | null;
  createdAt: Date;
  steps: StoredStep[];
}

export interface Strategy {
  id: string;
  kindId: string;
  kindCode: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'INACTIVE';
  isDefault: boolean;
  current: StrategyVersion;
}

interface StepRow {
  version_id: string;
  step_key: string;
  position: number;
  offset_days: number;
  channel: StrategyChannel;
  template_id: string | null;
  mode: StrategyMode;
  at_time: string | null;
  rule: StepRule | null;
  min_overdue: string | null;
  no_promise_pending: boolean;
  not_contacted_days: number | null;
  require_consent: boolean;
  not_departed: boolean;
  co_debtors_from_dpd: number | null;
}

const toStep = (r: StepRow): StoredStep => ({
  key: r.step_key,
  position: r.position,
  offsetDays: r.offset_days,
  channel: r.channel,
  templateId: r.template_id,
  mode: r.mode,
  atTime: r.at_time,
  rule: r.rule,
  conditions: { minOverdue: r.min_overdue, noPromisePending: r.no_promise_pending, notContactedDays: r.not_contacted_days, requireConsent: r.require_consent, notDeparted: r.not_departed },
  coDebtorsFromDpd: r.co_debtors_from_dpd,
});

/**
 * The default strategy of a receivable kind (issue 31): the upcoming-installment reminder 3 days before the due date
 * (SMS with consent, else e-mail — rule UPCOMING), the Slovak delay notice the day after it (zákon 129/2010 § 9, within
 * 15 days — rule SK_DELAY; Slovak borrowers only) and a phone-call task at 7 days past due while no promise is pending.
 */
function defaultSteps(upcomingDays: number): StoredStep[] {
  const cond = { minOverdue: null, noPromisePending: true, notContactedDays: null, requireConsent: true, notDeparted: true };
  return [
    {
      key: randomUUID(),
      position: 1,
      offsetDays: -upcomingDays,
      channel: 'SMS',
      templateId: null,
      mode: 'AUTO',
      atTime: null,
      rule: 'UPCOMING',
      conditions: { ...cond, noPromisePending: false },
      coDebtorsFromDpd: null,
    },
    {
      key: randomUUID(),
      position: 2,
      offsetDays: 1,
      channel: 'SMS',
      templateId: null,
      mode: 'AUTO',
      atTime: null,
      rule: 'SK_DELAY',
      conditions: { ...cond, noPromisePending: false },
      coDebtorsFromDpd: null,
    },
    {
      key: randomUUID(),
      position: 3,
      offsetDays: 7,
      channel: 'PHONE_CALL',
      templateId: null,
      mode: 'REVIEW',
      atTime: null,
      rule: null,
      conditions: { ...cond, requireConsent: false },
      coDebtorsFromDpd: null,
    },
  ];
}

async function insertVersion(
  sql: SqlHandle,
  strategyId: string,
  v: { outstandingFrom: string | null; outstandingTo: string | null; contractTypeId: string | null; note: string | null; steps: readonly StoredStep[] },
  by: string | null,
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`insert into strategy_versions (strategy_id, version, outstanding_from, outstanding_to, contract_type_id, note, created_by)
    values (${strategyId}, (select coalesce(max(version), 0) + 1 from strategy_versions where strategy_id = ${strategyId}), ${v.outstandingFrom}, ${v.outstandingTo}, ${v.contractTypeId}, ${v.note}, ${by})
    returning id`;
  for (const s of v.steps) {
    const c = s.conditions;
    await sql`insert into strategy_steps (version_id, step_key, position, offset_days, channel, template_id, mode, at_time, rule, min_overdue, no_promise_pending, not_contacted_days, require_consent, not_departed, co_debtors_from_dpd)
      values (${row!.id}, ${s.key}, ${s.position}, ${s.offsetDays}, ${s.channel}, ${s.templateId}, ${s.mode}, ${s.atTime}, ${s.rule}, ${c.minOverdue}, ${c.noPromisePending}, ${c.notContactedDays}, ${c.requireConsent}, ${c.notDeparted}, ${s.coDebtorsFromDpd})`;
  }
  return row!.id;
}

/**
 * Every receivable kind without a default strategy gets one, active (idempotent; the unique index on the default of a
 * kind makes two processes doing it at once create one). Called by the daily run, the simulation and the list.
 */
export async function ensureDefaultStrategies(sql: SqlHandle, upcomingDays = 3): Promise<number> {
  const kinds = await sql<{ id: string; code: string; name: string }[]>`
    select k.id, k.code, k.name from receivable_kinds k where not exists (select 1 from strategies s where s.receivable_kind_id = k.id and s.is_default) order by k.code`;
  let created = 0;
  for (const k of kinds) {
    const [s] = await sql<{ id: string }[]>`insert into strategies (receivable_kind_id, name, status, is_default)
      values (${k.id}, ${`${k.code}: domyślna`}, 'ACTIVE', true) on conflict do nothing returning id`;
    if (!s) continue;
    await insertVersion(sql, s.id, { outstandingFrom: null, outstandingTo: null, contractTypeId: null, note: null, steps: defaultSteps(upcomingDays) }, null);
    created++;
  }
  return created;
}

/** Strategies with their newest version (`status` filter: ACTIVE for the run). */
export async function loadStrategies(sql: SqlHandle, opts: { status?: 'ACTIVE'; id?: string } = {}): Promise<Strategy[]> {
  const rows = await sql<
    {
      id: string;
      kind_id: string;
      kind_code: string;
      name: string;
      status: Strategy['status'];
      is_default: boolean;
      version_id: string;
      version: number;
      outstanding_from: string | null;
      outstanding_to: string | null;
      contract_type_id: string | null;
      note: string | null;
      created_at: Date;
    }[]
  >`select s.id, s.receivable_kind_id as kind_id, k.code as kind_code, s.name, s.status, s.is_default, v.id as version_id, v.version, v.outstanding_from, v.outstanding_to,
      v.contract_type_id, v.note, v.created_at
    from strategies s join receivable_kinds k on k.id = s.receivable_kind_id
    join lateral (select * from strategy_versions v where v.strategy_id = s.id order by v.version desc limit 1) v on true
    where (${opts.status ?? null}::text is null or s.status = ${opts.status ?? null}) and (${opts.id ?? null}::uuid is null or s.id = ${opts.id ?? null}::uuid)
    order by k.code, s.is_default, s.created_at`;
  if (!rows.length) return [];
  const steps = await sql<StepRow[]>`select version_id, step_key, position, offset_days, channel, template_id, mode, at_time, rule, min_overdue, no_promise_pending,
      not_contacted_days, require_consent, not_departed, co_debtors_from_dpd
    from strategy_steps where version_id = any(${rows.map((r) => r.version_id)}::uuid[]) order by position`;
  return rows.map((r) => ({
    id: r.id,
    kindId: r.kind_id,
    kindCode: r.kind_code,
    name: r.name,
    status: r.status,
    isDefault: r.is_default,
    current: {
      id: r.version_id,
      version: r.version,
      outstandingFrom: r.outstanding_from,
      outstandingTo: r.outstanding_to,
      contractTypeId: r.contract_type_id,
      note: r.note,
      createdAt: new Date(r.created_at),
      steps: steps.filter((s) => s.version_id === r.version_id).map(toStep),
    },
  }));
}

/** The versions of a strategy, newest first (history). */
export async function strategyVersions(sql: SqlHandle, strategyId: string): Promise<{ id: string; version: number; note: string | null; createdAt: Date; createdBy: string | null; steps: number }[]> {
  const rows = await sql<{ id: string; version: number; note: string | null; created_at: Date; created_by: string | null; steps: number }[]>`
    select v.id, v.version, v.note, v.created_at, v.created_by, (select count(*)::int from strategy_steps s where s.version_id = v.id) as steps
    from strategy_versions v where v.strategy_id = ${strategyId} order by v.version desc`;
  return rows.map((r) => ({ id: r.id, version: r.version, note: r.note, createdAt: new Date(r.created_at), createdBy: r.created_by, steps: r.steps }));
}

export interface StrategyInput {
  id?: string | null;
  kindCode: string;
  name: string;
  outstandingFrom: string | null;
  outstandingTo: string | null;
  contractTypeCode: string | null;
  note: string | null;
  steps: Omit<StoredStep, 'position'>[];
}

/**
 * Saves a strategy: a new one (DRAFT), or a new version of an existing one — the run reads the newest version when it
 * starts, so an edit applies from the next run; step keys given back keep the steps' executions (files keep their
 * position). A step without a key is new.
 */
export async function saveStrategy(sql: SqlHandle, input: StrategyInput, by: string | null): Promise<string> {
  if (input.id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input.id)) throw BadUserInput.field('input.id', 'id.format', 'Strategy id is not a valid id');
  const before = input.id ? ((await loadStrategies(sql, { id: input.id }))[0]?.current.steps ?? []) : [];
  // a reminder step (rule) given back by its key stays that rule (its text is the reminder's, its channel by consent)
  const steps: StoredStep[] = input.steps.map((s, k) => {
    const key = s.key && /^[0-9a-f-]{36}$/i.test(s.key) ? s.key : randomUUID();
    return { ...s, key, rule: before.find((b) => b.key === key)?.rule ?? s.rule, position: k + 1 };
  });
  const issues = strategyIssues({
    steps: steps.filter((s) => !s.rule),
    segment: { outstandingFrom: input.outstandingFrom, outstandingTo: input.outstandingTo, contractType: input.contractTypeCode },
  }).filter((i) => !(i.field === 'steps' && steps.length > 0));
  if (!input.name.trim()) issues.push(makeIssue('input.name', 'required', 'Name the strategy'));
  const [kind] = await sql<{ id: string }[]>`select id from receivable_kinds where code = ${input.kindCode.trim().toUpperCase()}`;
  if (!kind) issues.push(makeIssue('input.kindCode', 'notFound', 'Unknown receivable kind'));
  let contractTypeId: string | null = null;
  if (input.contractTypeCode) {
    const [ct] = await sql<{ id: string }[]>`select id from contract_types where code = ${input.contractTypeCode}`;
    if (!ct) issues.push(makeIssue('input.contractTypeCode', 'notFound', 'Unknown contract type'));
    contractTypeId = ct?.id ?? null;
  }
  const templateIds = [...new Set(steps.map((s) => s.templateId).filter((t): t is string => !!t))];
  if (templateIds.length) {
    const found = await sql<{ id: string; channel: string }[]>`select id, channel from notice_templates where id = any(${templateIds}::uuid[])`;
    steps.forEach((s, k) => {
      const t = found.find((f) => f.id === s.templateId);
      if (s.templateId && !t) issues.push(makeIssue(`input.steps[${k}].templateId`, 'notFound', 'Unknown template'));
      else if (t && t.channel !== s.channel) issues.push(makeIssue(`input.steps[${k}].templateId`, 'channel', `The template is for ${t.channel}, the step sends ${s.channel}`));
    });
  }
  throwIssues(issues.map((i) => (i.field.startsWith('input.') ? i : { ...i, field: `input.${i.field}` })));
  const v = { outstandingFrom: input.outstandingFrom, outstandingTo: input.outstandingTo, contractTypeId, note: input.note, steps };
  if (input.id) {
    const [s] = await sql<{ id: string }[]>`update strategies set name = ${input.name.trim()} where id = ${input.id} returning id`;
    if (!s) throwIssues([makeIssue('input.id', 'notFound', 'Strategy not found')]);
    await insertVersion(sql, input.id, v, by);
    return input.id;
  }
  const [s] = await sql<{ id: string }[]>`insert into strategies (receivable_kind_id, name, status, created_by) values (${kind!.id}, ${input.name.trim()}, 'DRAFT', ${by}) returning id`;
  await insertVersion(sql, s!.id, v, by);
  return s!.id;
}

/** Activation (with the SPA's confirmation) or deactivation; the default strategy of a kind can be deactivated too. */
export async function setStrategyStatus(sql: SqlHandle, id: string, status: 'ACTIVE' | 'INACTIVE'): Promise<void> {
  const rows = await sql`update strategies set status = ${status} where id = ${id} returning id`;
  if (!rows.length) throwIssues([makeIssue('id', 'notFound', 'Strategy not found')]);
}

// ---------------------------------------------------------------------------------------------------------------
// contact pressure (admin setting)

export async function getContactPressure(sql: SqlHandle): Promise<ContactPressure> {
  const [r] = await sql<{ value: Partial<ContactPressure> | string }[]>`select value from settings where key = 'contactPressure'`;
  const v = typeof r?.value === 'string' ? (JSON.parse(r.value) as Partial<ContactPressure>) : r?.value;
  return { ...DEFAULT_CONTACT_PRESSURE, ...(v ?? {}) };
}

export async function setContactPressure(sql: SqlHandle, p: ContactPressure): Promise<ContactPressure> {
  throwIssues(contactPressureIssues(p).map((i) => ({ ...i, field: `input.${i.field}` })));
  await sql`insert into settings (key, value, updated_at) values ('contactPressure', ${JSON.stringify(p)}::jsonb, now())
    on conflict (key) do update set value = excluded.value, updated_at = now()`;
  return p;
}

// ---------------------------------------------------------------------------------------------------------------
// holds flagged by staff (issue 31 stop rules): a dispute or a complaint on a debtor file

export async function flagHold(sql: SqlHandle, fileId: string, reason: 'DISPUTE' | 'COMPLAINT', note: string | null, on: string, by: string | null) {
  const [f] = await sql<{ id: string }[]>`select id from debtor_files where id = ${fileId}`;
  if (!f) throw new NotFound('Debtor file');
  return placeHold(sql, { fileId, reason, note: note?.trim() || null, since: on, by });
}

/** Clears a DISPUTE or COMPLAINT hold; forbearance and hard-collection holds end with their own workflow. */
export async function clearStaffHold(sql: SqlHandle, id: string, on: string, by: string | null): Promise<number> {
  const [h] = await sql<{ reason: string }[]>`select reason from collection_holds where id = ${id}`;
  if (!h) throw new NotFound('Collection hold');
  if (h.reason !== 'DISPUTE' && h.reason !== 'COMPLAINT') throwIssues([makeIssue('id', 'hold.notStaff', 'Only a dispute or a complaint is cleared here; this hold ends with its own workflow')]);
  return clearHold(sql, { id }, on, by);
}
