import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholdersFor } from '@raty/domain';
import { collectionEnv, fieldsOf, type CollectionEnv } from './collection-helpers.js';

let env: CollectionEnv;
beforeAll(async () => {
  env = await collectionEnv({ files: 10 });
});
afterAll(async () => env?.close());

const CREATE = `mutation($i: NoticeTemplateInput!) { createNoticeTemplate(input: $i) {
  template { id name channel reason text promiseAddendum usedBy } normalisation { changed replaced { from to count } removed { char count } messagePl } } }`;
const PREVIEW = `query($i: TemplatePreviewInput!) { previewTemplate(input: $i) { text raw normalisation { changed replaced { from to count } removed { char count } messagePl } length { characters units parts perPart } } }`;
const SEED_TEXT = 'Dzień dobry, zaległości na kartotece <kod_naleznosci> <kartoteka> w kwocie <suma_naleznosci>. Prośba o szybkie uregulowanie';

describe('templates (COLL-4.2)', () => {
  it('offers the placeholders of each reason exactly as the seed screens', async () => {
    for (const reason of ['OVERDUE', 'UPCOMING', 'OTHER'] as const) {
      const r = await env.viewer.gql<{ templatePlaceholders: { token: string; scope: string }[] }>(`query($r: ContactReason!) { templatePlaceholders(reason: $r) { token scope } }`, { r: reason });
      expect(r.data!.templatePlaceholders.map((p) => p.token)).toEqual(placeholdersFor(reason).map((p) => p.token));
    }
    const over = await env.viewer.gql<{ templatePlaceholders: { token: string; scope: string }[] }>(`{ templatePlaceholders(reason: OVERDUE) { token scope } }`);
    expect(over.data!.templatePlaceholders.map((p) => p.token)).toEqual([
      '<kod_naleznosci>',
      '<nazwa_naleznosci>',
      '<kartoteka>',
      '<rata>',
      '<data_raty>',
      '<kwota_raty>',
      '<suma_naleznosci>',
      '<dopisek_zobowiazania>',
      '<data_zobowiazania>',
    ]);
    expect(over.data!.templatePlaceholders.at(-1)!.scope).toBe('addendum');
    const up = await env.viewer.gql<{ templatePlaceholders: { token: string }[] }>(`{ templatePlaceholders(reason: UPCOMING) { token } }`);
    expect(up.data!.templatePlaceholders.map((p) => p.token)).not.toContain('<kod_naleznosci>');
    const other = await env.viewer.gql<{ templatePlaceholders: { token: string }[] }>(`{ templatePlaceholders(reason: OTHER) { token } }`);
    expect(other.data!.templatePlaceholders.map((p) => p.token)).toEqual(['<kod_naleznosci>', '<nazwa_naleznosci>', '<kartoteka>', '<suma_naleznosci>']);
  });

  it('previews the seed example with sample data: Polish letters replaced, 91 characters, 1 part', async () => {
    const r = await env.viewer.gql<{
      previewTemplate: {
        text: string;
        normalisation: { changed: boolean; replaced: { from: string; to: string }[]; messagePl: string };
        length: { characters: number; parts: number; perPart: number };
      };
    }>(PREVIEW, { i: { channel: 'SMS', reason: 'OVERDUE', text: SEED_TEXT } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.previewTemplate.text).toBe('Dzien dobry, zaleglosci na kartotece GOK 544 w kwocie 420,00. Prosba o szybkie uregulowanie');
    expect(r.data!.previewTemplate.length).toMatchObject({ characters: 91, parts: 1, perPart: 160 });
    expect(r.data!.previewTemplate.normalisation.changed).toBe(true);
    expect(r.data!.previewTemplate.normalisation.replaced.map((x) => x.from).sort()).toEqual(['ł', 'ń', 'ś']);
    expect(r.data!.previewTemplate.normalisation.messagePl).toMatch(/Polskie znaki/);
  });

  it('reports removed special characters and counts parts (160 / 153)', async () => {
    const r = await env.viewer.gql<{ previewTemplate: { text: string; normalisation: { removed: { char: string; count: number }[] }; length: { parts: number; perPart: number } } }>(PREVIEW, {
      i: { channel: 'SMS', reason: 'OTHER', text: `„Uwaga” – ${'x'.repeat(160)} 😀` },
    });
    expect(r.data!.previewTemplate.normalisation.removed.map((x) => x.char).sort()).toEqual(['„', '”', '–', '😀'].sort());
    expect(r.data!.previewTemplate.length).toMatchObject({ parts: 2, perPart: 153 });
    const phone = await env.viewer.gql<{ previewTemplate: { text: string; normalisation: unknown; length: unknown } }>(PREVIEW, {
      i: { channel: 'PHONE_CALL', reason: 'OTHER', text: 'Rozmowa – zaległość <suma_naleznosci>' },
    });
    expect(phone.data!.previewTemplate).toMatchObject({ text: 'Rozmowa – zaległość 560,00', normalisation: null, length: null });
  });

  it('renders the promise-to-pay addendum only with a promise date (OVERDUE)', async () => {
    const i = { channel: 'SMS', reason: 'OVERDUE', text: 'Zaleglosc <suma_naleznosci>. <dopisek_zobowiazania>', promiseAddendum: 'Zobowiazanie do <data_zobowiazania>.' };
    const r = await env.viewer.gql<{ previewTemplate: { text: string } }>(PREVIEW, { i });
    expect(r.data!.previewTemplate.text).toBe('Zaleglosc 420,00. Zobowiazanie do 31.03.2026.');
    const r2 = await env.viewer.gql<{ previewTemplate: { text: string } }>(PREVIEW, { i: { ...i, promiseDate: '2026-04-15' } });
    expect(r2.data!.previewTemplate.text).toBe('Zaleglosc 420,00. Zobowiazanie do 15.04.2026.');
  });

  it('validates with errors naming the field: tags per reason, addendum only for OVERDUE, required fields', async () => {
    const up = await env.editor.gql(CREATE, { i: { name: 'x', channel: 'SMS', reason: 'UPCOMING', text: 'Kod <kod_naleznosci>' } });
    expect(fieldsOf(up)).toEqual([expect.objectContaining({ field: 'input.text', rule: 'template.tagNotAllowed' })]);
    const unknown = await env.editor.gql(CREATE, { i: { name: 'x', channel: 'SMS', reason: 'OTHER', text: 'Hej <imie>' } });
    expect(fieldsOf(unknown)[0]).toMatchObject({ field: 'input.text', rule: 'template.unknownTag' });
    const add = await env.editor.gql(CREATE, { i: { name: 'x', channel: 'SMS', reason: 'UPCOMING', text: 'Rata <rata>', promiseAddendum: 'do <data_zobowiazania>' } });
    expect(fieldsOf(add)[0]).toMatchObject({ field: 'input.promiseAddendum', rule: 'template.addendumOnlyOverdue' });
    const outside = await env.editor.gql(CREATE, { i: { name: 'x', channel: 'SMS', reason: 'OVERDUE', text: 'do <data_zobowiazania>' } });
    expect(fieldsOf(outside)[0]).toMatchObject({ field: 'input.text', rule: 'template.promiseDateOutsideAddendum' });
    const req = await env.editor.gql(CREATE, { i: { name: ' ', channel: 'SMS', reason: 'OTHER', text: '' } });
    expect(
      fieldsOf(req)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['input.name', 'input.text']);
    const [{ n }] = await env.db.sql`select count(*)::int as n from notice_templates`;
    expect(n).toBe(0);
  });

  it('stores SMS templates normalised and says what changed; audited; lists by reason', async () => {
    const r = await env.editor.gql<{ createNoticeTemplate: { template: { id: string; text: string; promiseAddendum: string }; normalisation: { changed: boolean } } }>(CREATE, {
      i: { name: 'Testowy-zaległości', channel: 'SMS', reason: 'OVERDUE', text: `${SEED_TEXT} <dopisek_zobowiazania>`, promiseAddendum: 'Zobowiązanie do <data_zobowiazania>.' },
    });
    expect(r.errors).toBeUndefined();
    const t = r.data!.createNoticeTemplate;
    expect(t.template.text).toBe('Dzien dobry, zaleglosci na kartotece <kod_naleznosci> <kartoteka> w kwocie <suma_naleznosci>. Prosba o szybkie uregulowanie <dopisek_zobowiazania>');
    expect(t.template.promiseAddendum).toBe('Zobowiazanie do <data_zobowiazania>.');
    expect(t.normalisation.changed).toBe(true);
    const [row] = await env.db.sql`select name, text from notice_templates where id = ${t.template.id}`;
    expect(row.name).toBe('Testowy-zaległości');
    const audit = await env.db.sql`select action from audit_log where entity = 'notice_template' and entity_id = ${t.template.id}`;
    expect(audit).toHaveLength(1);
    const list = await env.viewer.gql<{ noticeTemplates: { id: string }[] }>(`{ noticeTemplates(reason: OVERDUE) { id } }`);
    expect(list.data!.noticeTemplates.map((x) => x.id)).toContain(t.template.id);
    const other = await env.viewer.gql<{ noticeTemplates: { id: string }[] }>(`{ noticeTemplates(reason: UPCOMING) { id } }`);
    expect(other.data!.noticeTemplates).toHaveLength(0);
  });

  it('a template used by a notice cannot be deleted (clear error); an unused one can', async () => {
    const mk = async (name: string) =>
      (await env.editor.gql<{ createNoticeTemplate: { template: { id: string } } }>(CREATE, { i: { name, channel: 'PHONE_CALL', reason: 'OTHER', text: 'Rozmowa <kartoteka>' } })).data!
        .createNoticeTemplate.template.id;
    const used = await mk('used');
    const free = await mk('free');
    const [fp] = await env.db.sql`select fp.file_id, fp.party_id from file_parties fp limit 1`;
    const n = await env.editor.gql(`mutation($i: CreateNoticeInput!) { createNotice(input: $i) { notice { id templateName } } }`, {
      i: { fileId: fp.file_id, partyId: fp.party_id, reason: 'OTHER', channel: 'PHONE_CALL', templateId: used, note: 'rozmowa' },
    });
    expect(n.errors).toBeUndefined();
    const del = await env.editor.gql(`mutation($id: ID!) { deleteNoticeTemplate(id: $id) }`, { id: used });
    expect(del.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'template.inUse' });
    expect(del.errors?.[0].message).toMatch(/used by notices and cannot be deleted/);
    const ok = await env.editor.gql<{ deleteNoticeTemplate: boolean }>(`mutation($id: ID!) { deleteNoticeTemplate(id: $id) }`, { id: free });
    expect(ok.data!.deleteNoticeTemplate).toBe(true);
    const rows = await env.db.sql`select id from notice_templates where id in (${used}, ${free})`;
    expect(rows.map((x) => x.id)).toEqual([used]);
  });

  it('roles and the feature switch: viewer reads but cannot create; anonymous → UNAUTHENTICATED; switched off → FEATURE_DISABLED', async () => {
    const v = await env.viewer.gql(CREATE, { i: { name: 'v', channel: 'SMS', reason: 'OTHER', text: 'x' } });
    expect(v.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const a = await env.anon.gql(`{ noticeTemplates { id } }`);
    expect(a.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await env.db.sql`update feature_switches set enabled = false where key = 'SOFT_COLLECTION'`;
    try {
      const off = await env.viewer.gql(`{ noticeTemplates { id } }`);
      expect(off.errors?.[0].extensions?.code).toBe('FEATURE_DISABLED');
    } finally {
      await env.db.sql`update feature_switches set enabled = true where key = 'SOFT_COLLECTION'`;
    }
  });
});
