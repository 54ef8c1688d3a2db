import {
  normaliseTemplate,
  renderNotice,
  sampleContext,
  SEED_MESSAGES_PL,
  validateTemplate,
  type ContactReason,
  type NoticeChannel,
  type RenderContext,
  type RenderedNotice,
  type SmsNormalisation,
} from '@raty/domain';
import type { SqlHandle } from '../../../db/client.js';
import type { Context } from '../../../graphql/context.js';
import { Conflict, NotFound } from '../../../graphql/errors.js';
import { auditTx, staffUserId, throwIssues } from '../common.js';
import type { NoticeTemplateInput, TemplatePreviewInput } from './templates.types.js';

export interface TemplateRow {
  id: string;
  name: string;
  channel: string;
  reason: string;
  text: string;
  promise_addendum: string | null;
  subject: string | null;
  created_at: Date;
  updated_at: Date;
  used_by?: number;
}

export function toTemplate(r: TemplateRow) {
  return {
    id: r.id,
    name: r.name,
    channel: r.channel,
    reason: r.reason,
    text: r.text,
    promiseAddendum: r.promise_addendum,
    subject: r.subject,
    usedBy: r.used_by ?? 0,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

export function normalisationReport(n: SmsNormalisation | null | undefined) {
  const replaced = n?.replaced ?? [];
  const removed = n?.removed ?? [];
  const changed = replaced.length > 0 || removed.length > 0;
  return { changed, replaced, removed, messagePl: changed ? SEED_MESSAGES_PL['sms.textNormalised'] : null };
}

export function renderedOut(r: RenderedNotice) {
  return {
    text: r.text,
    raw: r.raw,
    normalisation: r.normalisation ? normalisationReport(r.normalisation) : null,
    length: r.length ? { characters: r.length.characters, units: r.length.units, parts: r.length.parts, perPart: r.length.perPart } : null,
    subject: r.subject ?? null,
    html: r.html ?? null,
  };
}

export async function listTemplates(sql: SqlHandle, filter: { reason?: string | null; channel?: string | null }) {
  const rows = await sql<TemplateRow[]>`
    select t.*, (select count(*)::int from notices n where n.template_id = t.id) as used_by
    from notice_templates t
    where (${filter.reason ?? null}::text is null or t.reason = ${filter.reason ?? null})
      and (${filter.channel ?? null}::text is null or t.channel = ${filter.channel ?? null})
    order by t.name, t.id`;
  return rows.map(toTemplate);
}

export async function getTemplate(sql: SqlHandle, id: string): Promise<TemplateRow> {
  const [row] = await sql<TemplateRow[]>`select t.*, (select count(*)::int from notices n where n.template_id = t.id) as used_by from notice_templates t where id = ${id}`;
  if (!row) throw new NotFound('Notice template');
  return row;
}

/** Validates by the domain and, for SMS channels, normalises the text to GSM-7 (COLL-4.2). */
function prepare(input: NoticeTemplateInput) {
  const addendum = input.promiseAddendum?.trim() ? input.promiseAddendum : null;
  const subject = input.subject?.trim() ? input.subject.trim().replace(/\s+/g, ' ') : null;
  throwIssues(validateTemplate({ name: input.name, channel: input.channel as NoticeChannel, reason: input.reason as ContactReason, text: input.text, promiseAddendum: addendum, subject }), 'input');
  const n = normaliseTemplate({ channel: input.channel as NoticeChannel, text: input.text.trim(), promiseAddendum: addendum?.trim() ?? null });
  const replaced = [...n.text.replaced, ...(n.promiseAddendum?.replaced ?? [])];
  const removed = [...n.text.removed, ...(n.promiseAddendum?.removed ?? [])];
  return {
    values: { name: input.name.trim(), channel: input.channel, reason: input.reason, text: n.template.text, promiseAddendum: n.template.promiseAddendum ?? null, subject },
    normalisation: normalisationReport({ text: '', replaced, removed }),
  };
}

export async function createTemplate(ctx: Context, input: NoticeTemplateInput) {
  const { values, normalisation } = prepare(input);
  return ctx.sql.begin(async (tx) => {
    const [row] = await tx<TemplateRow[]>`insert into notice_templates (name, channel, reason, text, promise_addendum, subject, created_by, updated_by)
      values (${values.name}, ${values.channel}, ${values.reason}, ${values.text}, ${values.promiseAddendum}, ${values.subject}, ${staffUserId(ctx)}, ${staffUserId(ctx)}) returning *`;
    await auditTx(tx, ctx, 'CREATE', 'notice_template', row.id, null, toTemplate(row));
    return { template: toTemplate(row), normalisation };
  });
}

export async function updateTemplate(ctx: Context, id: string, input: NoticeTemplateInput) {
  const before = await getTemplate(ctx.sql, id);
  const { values, normalisation } = prepare(input);
  return ctx.sql.begin(async (tx) => {
    const [row] = await tx<TemplateRow[]>`update notice_templates set name = ${values.name}, channel = ${values.channel}, reason = ${values.reason},
      text = ${values.text}, promise_addendum = ${values.promiseAddendum}, subject = ${values.subject}, updated_at = now(), updated_by = ${staffUserId(ctx)}
      where id = ${id} returning *`;
    row.used_by = before.used_by;
    await auditTx(tx, ctx, 'UPDATE', 'notice_template', id, toTemplate(before), toTemplate(row));
    return { template: toTemplate(row), normalisation };
  });
}

export async function deleteTemplate(ctx: Context, id: string): Promise<boolean> {
  const before = await getTemplate(ctx.sql, id);
  const used = () => new Conflict(`The template "${before.name}" is used by notices and cannot be deleted`, { rule: 'template.inUse', usedBy: before.used_by });
  if ((before.used_by ?? 0) > 0) throw used();
  try {
    await ctx.sql.begin(async (tx) => {
      await tx`delete from notice_templates where id = ${id}`;
      await auditTx(tx, ctx, 'DELETE', 'notice_template', id, toTemplate(before), null);
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23503') throw used(); // a notice took it meanwhile (FK restrict)
    throw err;
  }
  return true;
}

/** Preview with the domain's sample data (GOK 544, items of 140,00, promise date 2026-03-31 for OVERDUE). */
export function previewTemplate(input: TemplatePreviewInput) {
  const addendum = input.promiseAddendum?.trim() ? input.promiseAddendum : null;
  const subject = input.subject?.trim() ? input.subject : null;
  const issues = validateTemplate({ name: 'preview', channel: input.channel as NoticeChannel, reason: input.reason as ContactReason, text: input.text, promiseAddendum: addendum, subject }).filter(
    (i) => i.field !== 'name',
  );
  throwIssues(issues, 'input');
  const context: RenderContext = sampleContext(input.reason as ContactReason);
  if (input.promiseDate) context.promiseDate = input.promiseDate;
  return renderedOut(renderNotice({ channel: input.channel as NoticeChannel, reason: input.reason as ContactReason, text: input.text, promiseAddendum: addendum, subject }, context));
}
