import type { Logger } from 'pino';
import type { DbHandle } from '../db/client.js';
import type { Context } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { createMassNotices, prepareMass } from '../modules/collection/index.js';
import type { MassParamsInput } from '../modules/collection/index.js';
import { addDaysIso } from './util.js';

/** Templates of the demo (COLL-4.2 examples), SMS texts already in plain GSM-7. */
const DEMO_TEMPLATES = [
  {
    name: 'Zaległość – SMS',
    channel: 'SMS',
    reason: 'OVERDUE',
    text: 'Dzien dobry, zaleglosci na kartotece <kod_naleznosci> <kartoteka> w kwocie <suma_naleznosci>. Prosba o szybkie uregulowanie. <dopisek_zobowiazania>',
    addendum: 'Dziekujemy za deklaracje wplaty do <data_zobowiazania>.',
  },
  {
    name: 'Przypomnienie o racie – SMS',
    channel: 'SMS',
    reason: 'UPCOMING',
    text: 'Przypominamy o racie <rata> w kwocie <kwota_raty> z terminem <data_raty> (kartoteka <kartoteka>).',
    addendum: null,
  },
  {
    name: 'Rozmowa telefoniczna – zaległość',
    channel: 'PHONE_CALL',
    reason: 'OVERDUE',
    text: 'Rozmowa w sprawie zaleglosci na kartotece <kod_naleznosci> <kartoteka> (<suma_naleznosci>).',
    addendum: null,
  },
  { name: 'Informacja – e-mail', channel: 'EMAIL', reason: 'OTHER', text: 'Informacja dotyczaca kartoteki <kartoteka>.', addendum: null },
] as const;

/**
 * Demo notices: OVERDUE SMS notices for the GOK files, created 30, 20 and 10 days before `asOf` through the real mass
 * generation service (so items and balances are exactly what the product computes), then marked as sent and mostly
 * delivered, so the registry, settlement statuses and the dashboard have data on first start.
 */
export async function createDemoCollection(db: DbHandle, opts: { asOf: string; log?: Logger }): Promise<number> {
  const { sql } = db;
  for (const t of DEMO_TEMPLATES) {
    await sql`insert into notice_templates (name, channel, reason, text, promise_addendum)
      select ${t.name}, ${t.channel}, ${t.reason}, ${t.text}, ${t.addendum}
      where not exists (select 1 from notice_templates where name = ${t.name})`;
  }
  const [tpl] = await sql<{ id: string }[]>`select id from notice_templates where name = ${DEMO_TEMPLATES[0].name}`;
  const ctx = {
    requestId: 'seed',
    db: db.db,
    sql,
    log: opts.log,
    actor: null,
    loaders: createLoaders(db.db, sql),
    ip: '127.0.0.1',
  } as unknown as Context;
  const pinned = process.env.RATY_TODAY;
  let created = 0;
  try {
    for (const daysAgo of [30, 20, 10]) {
      const day = addDaysIso(opts.asOf, -daysAgo);
      process.env.RATY_TODAY = day; // the services take "today" from the business date
      const params: MassParamsInput = { kindCode: 'GOK', reason: 'OVERDUE' as never, channel: 'SMS' as never, dueWithinDays: 45, skipNoticeWithinDays: 15 };
      const rows = await prepareMass(sql, params, day);
      const chosen = rows.filter((_, i) => i % 3 === 0).slice(0, 60);
      if (!chosen.length) continue;
      const res = await createMassNotices(ctx, { params, rows: chosen.map((r) => ({ fileId: r.fileId, partyId: r.partyId })), templateId: tpl.id });
      created += res.ids.length;
      // sent on the creation day; 85 % delivered, the rest undelivered
      // which notices are undelivered or carry a promise follows their order by file and addressee, not their random
      // ids: the same seed always gives the same demo (and a small one still has promises)
      await sql`with o as (select n.id, row_number() over (order by f.number, n.addressee_name, n.phone) as rn
                   from notices n join debtor_files f on f.id = n.file_id where n.id = any(${res.ids}::uuid[]))
        update notices n set send_status = 'SENT', sent_at = (${day}::date + time '10:00') at time zone 'Europe/Warsaw',
          provider_message_id = 'demo-' || n.id::text,
          delivery_status = case when (o.rn * 37) % 100 < 85 then 'DELIVERED' else 'UNDELIVERED' end,
          delivery_status_at = (${day}::date + time '10:05') at time zone 'Europe/Warsaw'
        from o where n.id = o.id`;
      await sql`insert into notice_status_history (notice_id, status, source, at)
        select id, 'SENT', 'SEND', sent_at from notices where id = any(${res.ids}::uuid[])
        union all select id, delivery_status, 'CALLBACK', delivery_status_at from notices where id = any(${res.ids}::uuid[])`;
      // a third of them carry a promise to pay a week later
      await sql`with o as (select n.id, row_number() over (order by f.number, n.addressee_name, n.phone) as rn
                   from notices n join debtor_files f on f.id = n.file_id where n.id = any(${res.ids}::uuid[]))
        update notices n set promise_date = n.created_on + 7 from o where n.id = o.id and o.rn % 3 = 1`;
    }
  } finally {
    if (pinned === undefined) delete process.env.RATY_TODAY;
    else process.env.RATY_TODAY = pinned;
  }
  return created;
}
