import { businessDate } from '../src/lib/business-date.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotice, selectItemsForReason, SEED_MESSAGES_PL, settlementStatus, promiseOutcome } from '@raty/domain';
import { collectionEnv, fieldsOf, AS_OF, type CollectionEnv } from './collection-helpers.js';
import { fileItemsAsOf } from '../src/modules/collection/items.js';

let env: CollectionEnv;
let file: { file_id: string; party_id: string; mobile: string };
let noConsent: { file_id: string; party_id: string };

const CREATE = `mutation($i: CreateNoticeInput!) { createNotice(input: $i) {
  notice { id phone manualPhone text sendStatus createdOn reason channel settlementStatus templateId
    totals { overdueBalance futureBalance overpaymentBalance total }
    addressee { partyId name address mobile smsConsent departed }
    items { id dueDate year installmentNo kindCode type overdueBalance futureBalance overpaymentBalance amount selected current { overdueBalance futureBalance amount } }
    editable { items text template note refreshItems } canDelete canSend }
  normalisation { changed replaced { from to } } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateNoticeInput!) { updateNotice(id: $id, input: $i) { notice { id note text totals { total } items { id selected } } } }`;
const DRAFT = `query($f: ID!, $r: ContactReason!, $d: Date) { noticeDraft(fileId: $f, reason: $r, createdOn: $d) { createdOn addressees { partyId name mobile smsConsent departed } items { id dueDate } totals { total currency } } }`;

type Item = { id: string; dueDate: string; amount: string; overdueBalance: string; futureBalance: string; selected: boolean; current: { amount: string; overdueBalance: string } };
type Notice = {
  id: string;
  phone: string | null;
  manualPhone: boolean;
  text: string | null;
  items: Item[];
  totals: { total: string };
  addressee: { mobile: string | null; smsConsent: boolean; departed: boolean; name: string };
  editable: Record<string, boolean>;
  canDelete: boolean;
  sendStatus: string;
  settlementStatus: string;
};

beforeAll(async () => {
  env = await collectionEnv({ files: 60 });
  // an active PL file whose borrower has a consented mobile, with installments before and after AS_OF
  const [f] = await env.db.sql`
    select fp.file_id, fp.party_id, c.value as mobile from file_parties fp
    join parties p on p.id = fp.party_id and p.death_date is null and p.bankruptcy_date is null
    join contacts c on c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent
    join loans l on l.file_id = fp.file_id and l.status = 'ACTIVE' and l.currency = 'PLN'
    where exists (select 1 from installments i where i.loan_id = l.id and i.due_date < ${AS_OF}::date - 40)
      and exists (select 1 from installments i where i.loan_id = l.id and i.due_date > ${AS_OF}::date + 40)
    order by fp.file_id limit 1`;
  file = f as typeof file;
  const [g] = await env.db.sql`
    select fp.file_id, fp.party_id from file_parties fp join parties p on p.id = fp.party_id and p.death_date is null and p.bankruptcy_date is null
    join loans l on l.file_id = fp.file_id and l.status = 'ACTIVE'
    where not exists (select 1 from contacts c where c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent) limit 1`;
  noConsent = g as typeof noConsent;
});
afterAll(async () => env?.close());

describe('single notice (COLL-4.3)', () => {
  it('selects items by reason around the creation date (OVERDUE due < date, UPCOMING due ≥ date, OTHER all)', async () => {
    const all = (await fileItemsAsOf(env.db.sql, [file.file_id], AS_OF)).get(file.file_id)!;
    const d = all.find((i) => i.dueDate < AS_OF && all.some((j) => j.dueDate > i.dueDate))!.dueDate; // a due date that has items on both sides
    for (const reason of ['OVERDUE', 'UPCOMING', 'OTHER'] as const) {
      const r = await env.viewer.gql<{ noticeDraft: { items: { id: string; dueDate: string }[] } }>(DRAFT, { f: file.file_id, r: reason, d });
      expect(r.errors).toBeUndefined();
      const items = r.data!.noticeDraft.items;
      const expected = selectItemsForReason(reason, d, (await fileItemsAsOf(env.db.sql, [file.file_id], d)).get(file.file_id)!);
      expect(items.map((i) => i.id)).toEqual(expected.map((i) => i.id));
      if (reason === 'OVERDUE') {
        expect(items.every((i) => i.dueDate < d)).toBe(true);
        expect(items.map((i) => i.dueDate)).not.toContain(d);
      }
      if (reason === 'UPCOMING') {
        expect(items.every((i) => i.dueDate >= d)).toBe(true);
        expect(items.map((i) => i.dueDate)).toContain(d);
      }
    }
  });

  it("lists the party's files for the file choice", async () => {
    const r = await env.viewer.gql<{ partyDebtorFiles: { id: string; displayNumber: string; receivableKind: { code: string } }[] }>(
      `query($p: ID!) { partyDebtorFiles(partyId: $p) { id displayNumber receivableKind { code } } }`,
      { p: file.party_id },
    );
    expect(r.errors).toBeUndefined();
    const ids = (await env.db.sql`select file_id from file_parties where party_id = ${file.party_id}`).map((x) => x.file_id);
    expect(r.data!.partyDebtorFiles.map((f) => f.id).sort()).toEqual(ids.sort());
  });

  it('draft shows the addressees of the file with mobile, consent and departed flag', async () => {
    const r = await env.viewer.gql<{ noticeDraft: { createdOn: string; addressees: { partyId: string; mobile: string; smsConsent: boolean; departed: boolean }[]; totals: { currency: string } } }>(
      DRAFT,
      { f: file.file_id, r: 'OVERDUE' },
    );
    expect(r.data!.noticeDraft.createdOn).toBe(AS_OF);
    // the draft's amounts carry the currency of the file's receivable kind (issue 18)
    const [k] = await env.db.sql`select k.currency from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${file.file_id}`;
    expect(r.data!.noticeDraft.totals.currency).toBe(k.currency);
    const a = r.data!.noticeDraft.addressees.find((x) => x.partyId === file.party_id)!;
    expect(a).toMatchObject({ mobile: file.mobile, smsConsent: true, departed: false });
  });

  let smsId: string;
  it('creates an SMS notice: today by default, phone = consented mobile, items with balances as of creation, text normalised', async () => {
    const r = await env.editor.gql<{ createNotice: { notice: Notice & { createdOn: string }; normalisation: { changed: boolean } } }>(CREATE, {
      i: { fileId: file.file_id, partyId: file.party_id, reason: 'OVERDUE', channel: 'SMS', text: 'Prośba o wpłatę zaległości' },
    });
    expect(r.errors).toBeUndefined();
    const n = r.data!.createNotice.notice;
    smsId = n.id;
    expect(n).toMatchObject({ createdOn: AS_OF, phone: file.mobile, manualPhone: false, text: 'Prosba o wplate zaleglosci', sendStatus: 'DRAFT', settlementStatus: 'UNSETTLED', canDelete: true });
    expect(r.data!.createNotice.normalisation.changed).toBe(true);
    expect(n.addressee).toMatchObject({ mobile: file.mobile, smsConsent: true, departed: false });
    const expected = selectItemsForReason('OVERDUE', AS_OF, (await fileItemsAsOf(env.db.sql, [file.file_id], AS_OF)).get(file.file_id)!);
    expect(n.items.map((i) => [i.id, i.overdueBalance, i.futureBalance])).toEqual(expected.map((i) => [i.id, i.overdueBalance, i.futureBalance]));
    expect(n.items.every((i) => i.selected && i.current.amount === i.amount)).toBe(true);
    const stored = await env.db.sql`select count(*)::int as n, sum(amount_due)::text as total from notice_items where notice_id = ${smsId}`;
    expect(stored[0].n).toBe(expected.length);
    expect(n.totals.total).toBe(Number(stored[0].total).toFixed(2));
  });

  it('SMS without consent is refused with the two ways of the seed; with manualPhone it is saved with the typed number', async () => {
    const base = { fileId: noConsent.file_id, partyId: noConsent.party_id, reason: 'OTHER', channel: 'SMS', text: 'Inna przyczyna' };
    const r = await env.editor.gql(CREATE, { i: base });
    const f = fieldsOf(r)[0];
    expect(f).toMatchObject({ field: 'input.phone', rule: 'sms.noConsent' });
    expect(f.params).toMatchObject({ messagePl: SEED_MESSAGES_PL['sms.noConsent'], options: ['GO_TO_CONTACTS', 'SAVE_WITH_MANUAL_PHONE'], partyId: noConsent.party_id });
    const empty = await env.editor.gql(CREATE, { i: { ...base, manualPhone: true } });
    expect(fieldsOf(empty)[0]).toMatchObject({ field: 'input.phone', rule: 'required' });
    const ok = await env.editor.gql<{ createNotice: { notice: Notice } }>(CREATE, { i: { ...base, manualPhone: true, phone: '365 987 412' } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createNotice.notice).toMatchObject({ phone: '365987412', manualPhone: true, addressee: { smsConsent: false } });
  });

  it('one SMS length for notices and templates (issue #22): 1,000 characters accepted by both, 8 parts refused naming the field', async () => {
    const i = { fileId: file.file_id, partyId: file.party_id, reason: 'OTHER', channel: 'SMS' };
    const ok = await env.editor.gql<{ createNotice: { notice: Notice } }>(CREATE, { i: { ...i, text: 'a'.repeat(1000) } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createNotice.notice.text).toHaveLength(1000);
    const long = await env.editor.gql(CREATE, { i: { ...i, text: 'a'.repeat(1072) } });
    expect(fieldsOf(long)[0]).toMatchObject({ field: 'input.text', rule: 'sms.tooLong', params: { parts: 8, maxParts: 7 } });
    // the sent text is measured: a dash between spaces is stripped with one of its spaces (no double space)
    const dash = await env.editor.gql<{ createNotice: { notice: Notice } }>(CREATE, { i: { ...i, text: 'Rata – do zapłaty' } });
    expect(dash.data!.createNotice.notice.text).toBe('Rata do zaplaty');
    const TEMPLATE = `mutation($i: NoticeTemplateInput!) { createNoticeTemplate(input: $i) { template { id text } } }`;
    const tpl = await env.editor.gql<{ createNoticeTemplate: { template: { text: string } } }>(TEMPLATE, {
      i: { name: `long ${Date.now()}`, channel: 'SMS', reason: 'OTHER', text: 'a'.repeat(1000) },
    });
    expect(tpl.errors).toBeUndefined();
    expect(tpl.data!.createNoticeTemplate.template.text).toHaveLength(1000);
    const tplLong = await env.editor.gql(TEMPLATE, { i: { name: `longer ${Date.now()}`, channel: 'SMS', reason: 'OTHER', text: 'a'.repeat(1072) } });
    expect(fieldsOf(tplLong)[0]).toMatchObject({ field: 'input.text', rule: 'sms.tooLong' });
  });

  it('text is required for SMS only; promise date only for OVERDUE; addressee must be a party of the file', async () => {
    const noText = await env.editor.gql(CREATE, { i: { fileId: file.file_id, partyId: file.party_id, reason: 'OVERDUE', channel: 'SMS' } });
    expect(fieldsOf(noText)[0]).toMatchObject({ field: 'input.text', rule: 'required' });
    const call = await env.editor.gql<{ createNotice: { notice: Notice } }>(CREATE, { i: { fileId: file.file_id, partyId: file.party_id, reason: 'UPCOMING', channel: 'PHONE_CALL' } });
    expect(call.errors).toBeUndefined();
    const promise = await env.editor.gql(CREATE, { i: { fileId: file.file_id, partyId: file.party_id, reason: 'UPCOMING', channel: 'PHONE_CALL', promiseDate: '2026-12-01' } });
    expect(fieldsOf(promise)[0]).toMatchObject({ field: 'input.promiseDate', rule: 'notice.promiseOnlyOverdue' });
    const stranger = await env.editor.gql(CREATE, { i: { fileId: file.file_id, partyId: noConsent.party_id, reason: 'OTHER', channel: 'PHONE_CALL' } });
    expect(fieldsOf(stranger)[0]).toMatchObject({ field: 'input.partyId', rule: 'notice.partyNotOnFile' });
  });

  it('generateNoticeText renders the template for the notice exactly as the domain does, without saving', async () => {
    const t = await env.editor.gql<{ createNoticeTemplate: { template: { id: string } } }>(`mutation { createNoticeTemplate(input: { name: "T", channel: SMS, reason: OVERDUE,
      text: "Zaleglosci <kod_naleznosci> <kartoteka>: <rata> w kwocie <suma_naleznosci>. <dopisek_zobowiazania>", promiseAddendum: "Termin: <data_zobowiazania>" }) { template { id } } }`);
    const tid = t.data!.createNoticeTemplate.template.id;
    const r = await env.viewer.gql<{ generateNoticeText: { text: string; length: { parts: number } } }>(
      `query($i: GenerateNoticeTextInput!) { generateNoticeText(input: $i) { text length { parts } } }`,
      { i: { templateId: tid, noticeId: smsId, promiseDate: '2026-12-10' } },
    );
    expect(r.errors).toBeUndefined();
    const items = await env.db.sql`select year, installment_number, due_date, amount_due from notice_items where notice_id = ${smsId} and selected`;
    const [k] = await env.db.sql`select k.code, k.name, f.number from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${file.file_id}`;
    const expected = renderNotice(
      { channel: 'SMS', reason: 'OVERDUE', text: 'Zaleglosci <kod_naleznosci> <kartoteka>: <rata> w kwocie <suma_naleznosci>. <dopisek_zobowiazania>', promiseAddendum: 'Termin: <data_zobowiazania>' },
      {
        kindCode: k.code,
        kindName: k.name,
        fileNumber: String(k.number),
        promiseDate: '2026-12-10',
        items: items.map((i) => ({ year: i.year, installmentNo: i.installment_number, dueDate: i.due_date, amount: i.amount_due })),
      },
    );
    expect(r.data!.generateNoticeText.text).toBe(expected.text);
    expect(r.data!.generateNoticeText.text).toContain('Termin: 10.12.2026');
    const [n] = await env.db.sql`select text from notices where id = ${smsId}`;
    expect(n.text).toBe('Prosba o wplate zaleglosci');
  });

  it('an unsent notice is editable: unticking items changes the total; refresh recomputes amounts; current balances beside stored ones', async () => {
    const before = (await env.viewer.gql<{ notice: Notice }>(`query($id: ID!) { notice(id: $id) { totals { total } items { id amount selected current { amount } } } }`, { id: smsId })).data!.notice;
    expect(before.items.length).toBeGreaterThan(1);
    const keep = before.items.slice(1).map((i) => i.id);
    const u = await env.editor.gql<{ updateNotice: { notice: Notice } }>(UPDATE, { id: smsId, i: { itemIds: keep, note: 'Podatnik oddzwonił' } });
    expect(u.errors).toBeUndefined();
    const expectedTotal = before.items.slice(1).reduce((s, i) => s + Math.round(Number(i.amount) * 100), 0) / 100;
    expect(Number(u.data!.updateNotice.notice.totals.total)).toBeCloseTo(expectedTotal, 2);
    expect(u.data!.updateNotice.notice.items.filter((i) => i.selected).map((i) => i.id)).toEqual(keep);
    // a back-dated payment appears: refresh recomputes the stored balances (as of creation); current ones follow today's state
    const [loan] = await env.db.sql`select id from loans where file_id = ${file.file_id} limit 1`;
    await env.db.sql`insert into payments (loan_id, payment_date, amount, method) values (${loan.id}, ${'2026-11-01'}, ${'50.00'}, 'BANK_TRANSFER')`;
    const cur = (await env.viewer.gql<{ notice: Notice }>(`query($id: ID!) { notice(id: $id) { items { amount current { amount } } } }`, { id: smsId })).data!.notice;
    const storedSum = cur.items.reduce((s, i) => s + Number(i.amount), 0),
      currentSum = cur.items.reduce((s, i) => s + Number(i.current.amount), 0);
    expect(currentSum).toBeLessThan(storedSum);
    const r = await env.editor.gql<{ refreshNoticeItems: Notice }>(`mutation($id: ID!) { refreshNoticeItems(id: $id) { totals { total } items { id selected amount } } }`, { id: smsId });
    expect(r.errors).toBeUndefined();
    const refreshed = r.data!.refreshNoticeItems;
    expect(refreshed.items.reduce((s, i) => s + Number(i.amount), 0)).toBeLessThan(storedSum);
    expect(refreshed.items.filter((i) => !i.selected).map((i) => i.id)).toEqual(
      before.items
        .slice(0, 1)
        .map((i) => i.id)
        .filter((id) => refreshed.items.some((x) => x.id === id)),
    );
  });

  it('a sent SMS notice: items, text, phone and template locked, the note editable; not deletable (seed message)', async () => {
    await env.db.sql`update notices set send_status = 'SENT', sent_at = now(), provider_message_id = 'x1', delivery_status = 'QUEUE' where id = ${smsId}`;
    const t = await env.editor.gql(UPDATE, { id: smsId, i: { text: 'Nowa treść' } });
    expect(fieldsOf(t)[0]).toMatchObject({ field: 'input.text', rule: 'notice.sentNotEditable' });
    const it2 = await env.editor.gql(UPDATE, { id: smsId, i: { itemIds: [] } });
    expect(fieldsOf(it2)[0]).toMatchObject({ field: 'input.itemIds', rule: 'notice.sentNotEditable' });
    const note = await env.editor.gql<{ updateNotice: { notice: { note: string } } }>(UPDATE, { id: smsId, i: { note: 'Wysłano SMS. Podatnik oddzwonił z wyjaśnieniami.' } });
    expect(note.errors).toBeUndefined();
    expect(note.data!.updateNotice.notice.note).toBe('Wysłano SMS. Podatnik oddzwonił z wyjaśnieniami.');
    const ref = await env.editor.gql(`mutation($id: ID!) { refreshNoticeItems(id: $id) { id } }`, { id: smsId });
    expect(fieldsOf(ref)[0]).toMatchObject({ rule: 'notice.sentNotEditable' });
    const del = await env.editor.gql(`mutation($id: ID!) { deleteNotice(id: $id) }`, { id: smsId });
    expect(fieldsOf(del)[0]).toMatchObject({ rule: 'notice.deleteSent' });
    expect(fieldsOf(del)[0].params?.messagePl).toBe(SEED_MESSAGES_PL['notice.deleteSent']);
    const [still] = await env.db.sql`select id from notices where id = ${smsId}`;
    expect(still).toBeTruthy();
    const n = (await env.viewer.gql<{ notice: Notice }>(`query($id: ID!) { notice(id: $id) { canDelete canSend editable { items text template note } } }`, { id: smsId })).data!.notice;
    expect(n).toMatchObject({ canDelete: false, canSend: false, editable: { items: false, text: false, template: false, note: true } });
  });

  it('other channels stay editable after creation; unsent notices are deleted (audited)', async () => {
    const c = await env.editor.gql<{ createNotice: { notice: Notice } }>(CREATE, {
      i: { fileId: file.file_id, partyId: file.party_id, reason: 'OTHER', channel: 'EXTERNAL_SMS', text: 'SMS z telefonu służbowego' },
    });
    const id = c.data!.createNotice.notice.id;
    await env.db.sql`update notices set sent_at = now() where id = ${id}`; // an external SMS records its sent date
    const u = await env.editor.gql(UPDATE, { id, i: { text: 'Poprawiona treść' } });
    expect(u.errors).toBeUndefined();
    const d = await env.editor.gql(`mutation($id: ID!) { deleteNotice(id: $id) }`, { id });
    expect(fieldsOf(d)[0]).toMatchObject({ rule: 'notice.deleteSent' });
    const c2 = await env.editor.gql<{ createNotice: { notice: Notice } }>(CREATE, { i: { fileId: file.file_id, partyId: file.party_id, reason: 'OTHER', channel: 'PHONE_CALL' } });
    const ok = await env.editor.gql<{ deleteNotice: boolean }>(`mutation($id: ID!) { deleteNotice(id: $id) }`, { id: c2.data!.createNotice.notice.id });
    expect(ok.data!.deleteNotice).toBe(true);
    const audit = await env.db.sql`select action from audit_log where entity = 'notice' and entity_id = ${c2.data!.createNotice.notice.id} order by id`;
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'DELETE']);
  });

  it('viewer cannot create notices; anonymous → UNAUTHENTICATED', async () => {
    const v = await env.viewer.gql(CREATE, { i: { fileId: file.file_id, partyId: file.party_id, reason: 'OTHER', channel: 'PHONE_CALL' } });
    expect(v.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const a = await env.anon.gql(`query($id: ID!) { notice(id: $id) { id } }`, { id: smsId });
    expect(a.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('settlement status and promise to pay (COLL-5)', () => {
  async function allocate(noticeId: string, date: string, fraction: number | 'all', itemIndex?: number) {
    const items = await env.db.sql`select loan_id, installment_number, amount_due from notice_items where notice_id = ${noticeId} and selected order by due_date`;
    const chosen = itemIndex === undefined ? items : [items[itemIndex]];
    for (const i of chosen) {
      const amount = fraction === 'all' ? String(i.amount_due) : (Math.round(Number(i.amount_due) * fraction * 100) / 100).toFixed(2);
      const [p] = await env.db.sql`insert into payments (loan_id, payment_date, amount, method, kind) values (${i.loan_id}, ${date}, ${amount}, 'BANK_TRANSFER', 'REGULAR') returning id`;
      await env.db.sql`insert into payment_allocations (payment_id, loan_id, installment_number, component, amount) values (${p.id}, ${i.loan_id}, ${i.installment_number}, 'PRINCIPAL', ${amount})`;
    }
  }
  async function status(id: string) {
    const r = await env.viewer.gql<{ notice: { settlementStatus: string; promiseOutcome: string | null } }>(`query($id: ID!) { notice(id: $id) { settlementStatus promiseOutcome } }`, { id });
    return r.data!.notice;
  }
  async function domainStatus(id: string) {
    const [n] = await env.db.sql`select created_on from notices where id = ${id}`;
    const items = await env.db.sql`select loan_id, installment_number, amount_due from notice_items where notice_id = ${id} and selected`;
    const allocs = await env.db
      .sql`select pa.loan_id, pa.installment_number, p.payment_date, pa.amount, p.status from payment_allocations pa join payments p on p.id = pa.payment_id where pa.installment_number is not null`;
    return settlementStatus(
      n.created_on,
      items.map((i) => ({ id: `${i.loan_id}:${i.installment_number}`, amountDue: i.amount_due })),
      allocs.map((a) => ({ itemId: `${a.loan_id}:${a.installment_number}`, paymentDate: a.payment_date, amount: a.amount, reversed: a.status === 'REVERSED' })),
    );
  }
  async function mk(createdOn: string, promiseDate?: string) {
    const [g] = await env.db.sql`select fp.file_id, fp.party_id from file_parties fp join loans l on l.file_id = fp.file_id and l.status = 'ACTIVE'
      where exists (select 1 from installments i where i.loan_id = l.id and i.due_date < ${createdOn}::date - 60)
        and not exists (select 1 from notices n where n.file_id = fp.file_id) order by fp.file_id limit 1`;
    const r = await env.editor.gql<{ createNotice: { notice: { id: string } } }>(CREATE, {
      i: { fileId: g.file_id, partyId: g.party_id, reason: 'OVERDUE', channel: 'PHONE_CALL', createdOn, promiseDate },
    });
    expect(r.errors).toBeUndefined();
    return r.data!.createNotice.notice.id;
  }

  it('payments before the creation date do not count: UNSETTLED; on/after it partly → PARTIALLY_SETTLED; fully → SETTLED (SQL = domain)', async () => {
    const id = await mk('2026-11-10');
    await allocate(id, '2026-11-09', 'all'); // the day before the notice: not counted
    expect((await status(id)).settlementStatus).toBe('UNSETTLED');
    expect(await domainStatus(id)).toBe('UNSETTLED');
    await allocate(id, '2026-11-10', 0.5, 0); // on the creation day: counts
    expect((await status(id)).settlementStatus).toBe('PARTIALLY_SETTLED');
    expect(await domainStatus(id)).toBe('PARTIALLY_SETTLED');
    await allocate(id, '2026-11-20', 'all');
    expect((await status(id)).settlementStatus).toBe('SETTLED');
    expect(await domainStatus(id)).toBe('SETTLED');
  });

  it('a reversed payment does not settle', async () => {
    const id = await mk('2026-11-12');
    await allocate(id, '2026-11-15', 'all');
    expect((await status(id)).settlementStatus).toBe('SETTLED');
    await env.db
      .sql`update payments set status = 'REVERSED', reversed_at = now(), reversed_on = ${businessDate()}::date where id in (select payment_id from payment_allocations pa join notice_items ni on ni.loan_id = pa.loan_id and ni.installment_number = pa.installment_number where ni.notice_id = ${id})`;
    expect((await status(id)).settlementStatus).toBe('UNSETTLED');
    expect(await domainStatus(id)).toBe('UNSETTLED');
  });

  it('promise to pay: KEPT when paid by the promise date, BROKEN when the date passed without full payment', async () => {
    const kept = await mk('2026-11-05', '2026-11-15');
    await allocate(kept, '2026-11-14', 'all');
    expect((await status(kept)).promiseOutcome).toBe('KEPT');
    const broken = await mk('2026-11-06', '2026-11-16');
    await allocate(broken, '2026-11-20', 'all'); // too late
    expect((await status(broken)).promiseOutcome).toBe('BROKEN');
    const items = await env.db.sql`select loan_id, installment_number, amount_due from notice_items where notice_id = ${broken} and selected`;
    expect(
      promiseOutcome(
        '2026-11-16',
        items.map((i) => ({ id: `${i.loan_id}:${i.installment_number}`, amountDue: i.amount_due })),
        [],
        AS_OF,
      ),
    ).toBe('BROKEN');
    const pending = await mk('2026-11-07', '2026-12-31');
    expect((await status(pending)).promiseOutcome).toBe('PENDING');
    // the same through the registry (batched by a DataLoader)
    const reg = await env.viewer.gql<{ notices: { edges: { node: { id: string; promiseOutcome: string | null; createdAt: string } }[] } }>(
      `query($ids: [ID!]) { notices(filter: { ids: $ids }) { edges { node { id promiseOutcome createdAt } } } }`,
      { ids: [kept, broken, pending] },
    );
    expect(reg.errors).toBeUndefined();
    const by = Object.fromEntries(reg.data!.notices.edges.map((e) => [e.node.id, e.node.promiseOutcome]));
    expect(by).toEqual({ [kept]: 'KEPT', [broken]: 'BROKEN', [pending]: 'PENDING' });
  });
});
