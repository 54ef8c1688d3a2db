import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { massGenerationRows, type MassGenerationParams } from '@raty/domain';
import { collectionEnv, fieldsOf, AS_OF, type CollectionEnv } from './collection-helpers.js';
import { massFiles } from '../src/modules/collection/mass/mass.service.js';
import { clearHold, placeHold } from '../src/modules/collection/index.js';

let env: CollectionEnv;
beforeAll(async () => {
  env = await collectionEnv({ files: 400, withPayments: true });
}, 120_000);
afterAll(async () => env?.close());

const PREPARE = `query($p: MassParamsInput!) { prepareMassNotices(params: $p) { preparationDate fileCount rowCount itemCount
  rows { fileId fileDisplayNumber partyId partyName phone smsConsent items { id dueDate amount selected } totals { total currency } } } }`;
type Row = { fileId: string; fileDisplayNumber: string; partyId: string; partyName: string; phone: string; items: { id: string; dueDate: string; amount: string; selected: boolean }[] };
type Prep = { prepareMassNotices: { preparationDate: string; fileCount: number; rowCount: number; itemCount: number; rows: Row[] } };

/** The reference: the domain's massGenerationRows over EVERY file of the portfolio (no SQL pre-selection). */
async function reference(p: Omit<MassGenerationParams, 'preparationDate'>) {
  const ids = (await env.db.sql`select id from debtor_files`).map((r) => r.id as string);
  const { files } = await massFiles(env.db.sql, ids, AS_OF);
  return massGenerationRows({ ...p, preparationDate: AS_OF }, files);
}

async function prepare(p: Record<string, unknown>) {
  const r = await env.editor.gql<Prep>(PREPARE, { p });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.prepareMassNotices;
}

const CASES: Record<string, unknown>[] = [
  { kindCode: 'GOK', reason: 'OVERDUE' },
  { kindCode: 'GOK', reason: 'OVERDUE', dueWithinDays: 30 },
  { kindCode: 'RAT', reason: 'UPCOMING', dueWithinDays: 14 },
  { kindCode: 'SAM', reason: 'OTHER', amountFrom: '500.00', amountTo: '1500.00' },
  { kindCode: 'GOK', reason: 'UPCOMING', fileNumberFrom: '150', fileNumberTo: '400', amountFrom: '100.00' },
  { kindCode: 'RAT', reason: 'OVERDUE', dueWithinDays: 60, amountTo: '800.00' },
];

describe('mass generation (COLL-6)', () => {
  it('SQL preparation agrees with the domain reference massGenerationRows on a seeded portfolio', async () => {
    let nonEmpty = 0;
    // files with an active collection hold are out of mass generation, in the SQL and in the domain twin (issue 31)
    const held = (await env.db.sql<{ id: string }[]>`select f.id from debtor_files f order by f.number limit 8`).map((r) => r.id);
    const holds = await Promise.all(held.map((fileId) => placeHold(env.db.sql, { fileId, reason: 'COMPLAINT', since: AS_OF, by: null })));
    for (const c of CASES) {
      const got = await prepare(c);
      expect(got.rows.filter((r) => held.includes(r.fileId))).toEqual([]);
      const ref = await reference(c as unknown as MassGenerationParams);
      expect(got.rows.map((r) => [r.fileId, r.partyId, r.phone, r.items.map((i) => [i.id, i.amount])])).toEqual(
        ref.map((r) => [
          r.fileId,
          r.partyId,
          r.phone,
          r.items.map((i) => [
            i.id,
            (BigInt(Math.round(Number(i.overdueBalance) * 100)) + BigInt(Math.round(Number(i.futureBalance) * 100))).toString().replace(/^(-?)(\d*)(\d\d)$/, (_, s, a, b) => `${s}${a || '0'}.${b}`),
          ]),
        ]),
      );
      expect(got.rowCount).toBe(ref.length);
      if (ref.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(4);
    for (const h of holds) await clearHold(env.db.sql, { id: h.id }, AS_OF, null);
  });

  it('only consented, not departed parties; every qualifying co-debtor is its own row; all items ticked', async () => {
    const got = await prepare({ kindCode: 'GOK', reason: 'OTHER' });
    const parties = [...new Set(got.rows.map((r) => r.partyId))];
    const bad = await env.db.sql`select p.id from parties p where p.id = any(${parties}::uuid[]) and (p.death_date is not null or p.bankruptcy_date is not null
      or not exists (select 1 from contacts c where c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent))`;
    expect(bad).toHaveLength(0);
    expect(got.rows.every((r) => r.items.length > 0 && r.items.every((i) => i.selected))).toBe(true);
    // every amount carries its currency: the kind's (issue 18)
    expect(new Set((got.rows as unknown as { totals: { currency: string } }[]).map((r) => r.totals.currency))).toEqual(new Set(['PLN']));
    // a file with two consented, living parties appears twice
    const [multi] = await env.db.sql`select fp.file_id from file_parties fp join parties p on p.id = fp.party_id and p.death_date is null and p.bankruptcy_date is null
      join contacts c on c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent join debtor_files f on f.id = fp.file_id join receivable_kinds k on k.id = f.receivable_kind_id and k.code = 'GOK'
      where fp.file_id = any(${got.rows.map((r) => r.fileId)}::uuid[]) group by fp.file_id having count(distinct fp.party_id) >= 2 limit 1`;
    if (multi) {
      const rows = got.rows.filter((r) => r.fileId === multi.file_id);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(new Set(rows.map((r) => r.partyId)).size).toBe(rows.length);
      expect(rows[0].items).toEqual(rows[1].items);
    } else {
      // make one: add a consented co-debtor to a listed file
      const f = got.rows[0];
      const [p] = await env.db.sql`insert into parties (kind, first_name, last_name) values ('PERSON', 'Anna', 'Testowa') returning id`;
      await env.db.sql`insert into file_parties (file_id, party_id, role) values (${f.fileId}, ${p.id}, 'CO_BORROWER')`;
      await env.db.sql`insert into contacts (party_id, type, value, sms_consent) values (${p.id}, 'MOBILE', '600111222', true)`;
      const again = await prepare({ kindCode: 'GOK', reason: 'OTHER' });
      expect(again.rows.filter((r) => r.fileId === f.fileId).map((r) => r.partyId)).toContain(p.id);
    }
    // a departed co-debtor is left out
    const target = got.rows[0];
    await env.db.sql`update parties set death_date = '2026-01-01' where id = ${target.partyId}`;
    const after = await prepare({ kindCode: 'GOK', reason: 'OTHER' });
    expect(after.rows.some((r) => r.partyId === target.partyId)).toBe(false);
    await env.db.sql`update parties set death_date = null where id = ${target.partyId}`;
  });

  it('validates parameters (kind and reason required, window not for OTHER, ranges ordered)', async () => {
    const r = await env.editor.gql(PREPARE, { p: { kindCode: '', reason: 'OTHER', dueWithinDays: 5, amountFrom: '10.00', amountTo: '5.00' } });
    expect(fieldsOf(r).map((f) => [f.field, f.rule])).toEqual(
      expect.arrayContaining([
        ['params.kindCode', 'required'],
        ['params.dueWithinDays', 'mass.dueWindowReason'],
        ['params.amountTo', 'range.order'],
      ]),
    );
    const viewer = await env.viewer.gql(PREPARE, { p: { kindCode: 'GOK', reason: 'OTHER' } });
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('creates the chosen notices in one go (text from the template, not sent), skips recent files next time', async () => {
    const p = { kindCode: 'GOK', reason: 'OVERDUE', dueWithinDays: 45 };
    const got = await prepare(p);
    expect(got.rows.length).toBeGreaterThan(2);
    const t = await env.editor.gql<{ createNoticeTemplate: { template: { id: string } } }>(`mutation { createNoticeTemplate(input: { name: "Masowy", channel: SMS, reason: OVERDUE,
      text: "Dzień dobry, zaległości na kartotece <kod_naleznosci> <kartoteka> w kwocie <suma_naleznosci>. Prośba o szybkie uregulowanie" }) { template { id } } }`);
    const chosen = got.rows.slice(0, got.rows.length - 1).map((r, i) => ({ fileId: r.fileId, partyId: r.partyId, ...(i === 0 ? { itemIds: [r.items[0].id] } : {}) }));
    const before = await env.db.sql`select count(*)::int as n from notices`;
    const c = await env.editor.gql<{ createMassNotices: { ids: string[]; count: number } }>(`mutation($i: CreateMassNoticesInput!) { createMassNotices(input: $i) { ids count } }`, {
      i: { params: p, rows: chosen, templateId: t.data!.createNoticeTemplate.template.id },
    });
    expect(c.errors).toBeUndefined();
    expect(c.data!.createMassNotices.count).toBe(chosen.length);
    const after = await env.db.sql`select count(*)::int as n from notices`;
    expect(after[0].n - before[0].n).toBe(chosen.length);
    const rows = await env.db.sql`select n.id, n.text, n.send_status, n.sent_at, n.phone, n.party_id, n.file_id, k.code, f.number, n.total_amount,
      (select count(*)::int from notice_items i where i.notice_id = n.id) as items from notices n join debtor_files f on f.id = n.file_id join receivable_kinds k on k.id = f.receivable_kind_id
      where n.id = any(${c.data!.createMassNotices.ids}::uuid[])`;
    expect(rows).toHaveLength(chosen.length);
    for (const r of rows) {
      expect(r.send_status).toBe('DRAFT');
      expect(r.sent_at).toBeNull();
      expect(r.text).toMatch(new RegExp(`^Dzien dobry, zaleglosci na kartotece ${r.code} ${r.number} w kwocie [0-9 ]+,\\d\\d\\. Prosba o szybkie uregulowanie$`));
      const src = got.rows.find((x) => x.fileId === r.file_id && x.partyId === r.party_id)!;
      expect(r.phone).toBe(src.phone);
      expect(r.items).toBe(chosen[0].fileId === r.file_id && chosen[0].partyId === r.party_id ? 1 : src.items.length);
    }
    // the registry shows exactly them
    const reg = await env.viewer.gql<{ notices: { totalCount: number } }>(`query($f: NoticeFilter) { notices(filter: $f) { totalCount } }`, { f: { ids: c.data!.createMassNotices.ids } });
    expect(reg.data!.notices.totalCount).toBe(chosen.length);
    // skip files with a notice created in the last 7 days
    const skipped = await prepare({ ...p, skipNoticeWithinDays: 7 });
    const usedFiles = new Set(chosen.map((x) => x.fileId));
    expect(skipped.rows.some((r) => usedFiles.has(r.fileId))).toBe(false);
    expect(skipped.rows.length).toBeLessThan(got.rows.length);
    const ref = await reference({ ...p, skipNoticeWithinDays: 7 } as unknown as MassGenerationParams);
    expect(skipped.rows.map((r) => `${r.fileId}|${r.partyId}`)).toEqual(ref.map((r) => `${r.fileId}|${r.partyId}`));
    const noSkip = await prepare(p);
    expect(noSkip.rows.length).toBe(got.rows.length);
  });

  it('refuses rows that do not qualify and SMS without template or text', async () => {
    const [other] = await env.db
      .sql`select fp.file_id, fp.party_id from file_parties fp join debtor_files f on f.id = fp.file_id join receivable_kinds k on k.id = f.receivable_kind_id where k.code = 'SPU' limit 1`;
    const r = await env.editor.gql(`mutation($i: CreateMassNoticesInput!) { createMassNotices(input: $i) { ids } }`, {
      i: { params: { kindCode: 'GOK', reason: 'OTHER' }, rows: [{ fileId: other.file_id, partyId: other.party_id }], text: 'x' },
    });
    expect(fieldsOf(r)[0]).toMatchObject({ field: 'input.rows[0]', rule: 'mass.rowNotQualified' });
    const noText = await env.editor.gql(`mutation($i: CreateMassNoticesInput!) { createMassNotices(input: $i) { ids } }`, {
      i: { params: { kindCode: 'GOK', reason: 'OTHER' }, rows: [{ fileId: other.file_id, partyId: other.party_id }] },
    });
    expect(fieldsOf(noText)[0]).toMatchObject({ field: 'input.text', rule: 'required' });
  });
});
