/**
 * Issue 21: exports are safe to open (OWASP CSV injection), typed (numbers stay numbers in XLSX, also negative ones)
 * and audited (who, which filter, how many rows). Done-when 2.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { collectionEnv, type CollectionEnv } from './collection-helpers.js';
import { waitFor } from './support/sandboxes.js';
import { csvCell, neutraliseFormula, xlsxCell } from '../src/lib/spreadsheet.js';

let env: CollectionEnv;
let noticeId: string;
const NOTE = '=1+2';
const TEXT = '@SUM(1+1)*cmd|" /C calc"!A0';

beforeAll(async () => {
  env = await collectionEnv({ files: 6 });
  const [pair] = await env.db.sql`select fp.file_id, fp.party_id from file_parties fp join loans l on l.file_id = fp.file_id and l.status = 'ACTIVE' order by fp.file_id limit 1`;
  const r = await env.editor.gql<{ createNotice: { notice: { id: string } } }>(`mutation($i: CreateNoticeInput!) { createNotice(input: $i) { notice { id } } }`, {
    i: { fileId: pair.file_id, partyId: pair.party_id, reason: 'OTHER', channel: 'PHONE_CALL', createdOn: '2026-11-20', note: NOTE, text: TEXT },
  });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  noticeId = r.data!.createNotice.notice.id;
  // a correction that leaves the overdue balance negative: the export must keep it a (negative) number
  await env.db.sql`update notice_items set overdue_balance = 0, future_balance = 0, selected = false where notice_id = ${noticeId}`;
  await env.db.sql`update notice_items set overdue_balance = -12.50, selected = true where id = (select id from notice_items where notice_id = ${noticeId} order by id limit 1)`;
});
afterAll(async () => env?.close());

describe('cell rules (lib/spreadsheet.ts)', () => {
  it('neutralises text starting with = + - @ TAB CR, keeps numbers and ordinary text', () => {
    for (const s of ['=1+2', '+48', '-2', '@x', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(neutraliseFormula('Jan = 1')).toBe('Jan = 1');
    expect(csvCell('money', '-12.50')).toBe('-12.50');
    expect(csvCell('money', '=1')).toBe("'=1");
    expect(xlsxCell('money', '-12.50')).toBe(-12.5);
    expect(xlsxCell('date', '2026-11-20')).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(xlsxCell('text', '=1+2')).toBe('=1+2');
  });
});

describe('registry export', () => {
  const url = (format: string, more = '&dialect=machine') => `${env.app.url}/api/notices/export?format=${format}&ids=${noticeId}${more}`;

  it('CSV: the note "=1+2" is neutralised and quoted, the negative amount stays a bare number', async () => {
    const res = await fetch(url('csv'), { headers: { cookie: env.viewer.cookie! } });
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, row] = text.trim().split('\n');
    const cols = header.split(',');
    expect(row).toContain(`"'=1+2"`);
    expect(row).toContain(`"'@SUM(1+1)*cmd|"" /C calc""!A0"`);
    expect(row).not.toMatch(/(^|,)=/);
    expect(cols.indexOf('overdue_balance')).toBeGreaterThan(0);
    expect(row).toMatch(/,-12\.50,0\.00,[\d.]+,-12\.50,/); // overdue, future, overpayment, total
  });

  it('XLSX (read back with exceljs): the note is a text cell, the negative amount a number cell, dates are dates', async () => {
    const res = await fetch(url('xlsx'), { headers: { cookie: env.viewer.cookie! } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const cell = (name: string) => ws.getRow(2).getCell(headers.indexOf(name) + 1);
    expect(cell('note').type).toBe(ExcelJS.ValueType.String);
    expect(cell('note').value).toBe(NOTE);
    expect(cell('note').formula).toBeUndefined();
    expect(cell('text').type).toBe(ExcelJS.ValueType.String);
    expect(cell('overdue_balance').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('overdue_balance').value).toBe(-12.5);
    expect(cell('overdue_balance').numFmt).toBe('#,##0.00');
    expect(cell('total_amount').value).toBe(-12.5);
    expect(cell('created_on').type).toBe(ExcelJS.ValueType.Date);
    expect((cell('created_on').value as Date).toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(cell('id').value).toBe(noticeId);
  });

  it('every export is an audit event: who, which filter, how many rows', async () => {
    // the audit row is written when the stream has ended, which may be a moment after the client read the last byte
    const rows = await waitFor(
      async () => {
        const r = await env.db.sql`select a.actor_id, a.after from audit_log a where a.action = 'EXPORT' and a.entity = 'notice_registry' order by a.id`;
        return r.length >= 2 ? r : null;
      },
      10_000,
      50,
    );
    const [viewer] = await env.db.sql`select id from users where email = 'viewer@raty.demo'`;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows.slice(-2)) {
      expect(r.actor_id).toBe(viewer.id);
      expect(r.after).toMatchObject({ filter: { ids: [noticeId] }, rows: 1, complete: true });
    }
    expect(rows.slice(-2).map((r) => r.after.format)).toEqual(['csv', 'xlsx']);
    expect(rows.slice(-2).map((r) => r.after.dialect)).toEqual(['machine', 'machine']);
  });
});

describe('registry export dialects (issue 26)', () => {
  const url = (format: string, more = '&dialect=machine') => `${env.app.url}/api/notices/export?format=${format}&ids=${noticeId}${more}`;

  it('default CSV (excel dialect): BOM, ";"-separated Polish header, decimal comma, Polish values; the note still neutralised', async () => {
    const res = await fetch(url('csv', ''), { headers: { cookie: env.viewer.cookie! } });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel reads UTF-8
    const [header, row] = bytes.subarray(3).toString('utf8').trim().split('\n');
    expect(header.startsWith('Identyfikator;Teczka;Rodzaj należności;Numer teczki;Adresat;')).toBe(true);
    const cols = header.split(';');
    expect(cols).toContain('Saldo zaległe');
    expect(cols).toContain('Status realizacji zobowiązania');
    expect(row).toContain(`"'=1+2"`);
    expect(row).toMatch(/;-12,50;0,00;\d+,\d{2};-12,50;/); // overdue, future, overpayment, total: decimal comma, bare numbers
    expect(row).toMatch(/;(Tak|Nie);/); // SMS consent in Polish, not Y/N
    expect(row).not.toMatch(/;(OVERDUE|UPCOMING|OTHER|DRAFT|UNSETTLED);/);
  });

  it("the user's language: ?lang=sk gives the Slovak header and values; a bad dialect or language is refused with its name", async () => {
    const sk = await fetch(url('csv', '&lang=sk'), { headers: { cookie: env.viewer.cookie! } });
    const text = (await sk.text()).replace(/^\uFEFF/, '');
    expect(text.split('\n')[0].startsWith('Identifikátor;Spis;Druh pohľadávky;Číslo spisu;Adresát;')).toBe(true);
    await env.db.sql`update users set locale = 'sk' where email = 'viewer@raty.demo'`;
    try {
      const byLocale = await fetch(url('csv', ''), { headers: { cookie: env.viewer.cookie! } });
      expect((await byLocale.text()).replace(/^\uFEFF/, '').startsWith('Identifikátor;')).toBe(true);
    } finally {
      await env.db.sql`update users set locale = 'pl' where email = 'viewer@raty.demo'`;
    }
    const bad = await fetch(url('csv', '&dialect=lotus'), { headers: { cookie: env.viewer.cookie! } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'dialect must be excel or machine' });
    const badLang = await fetch(url('csv', '&lang=de'), { headers: { cookie: env.viewer.cookie! } });
    expect(badLang.status).toBe(400);
    expect(await badLang.json()).toEqual({ error: 'lang must be pl, sk or en' });
  });

  it('machine dialect: no BOM, ",", dot decimals, snake_case header, raw codes', async () => {
    const res = await fetch(url('csv'), { headers: { cookie: env.viewer.cookie! } });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes[0]).toBe('i'.charCodeAt(0));
    const [header, row] = bytes.toString('utf8').trim().split('\n');
    expect(header.startsWith('id,file,kind_code,file_number,')).toBe(true);
    expect(row).toMatch(/,(Y|N),/);
    expect(row).toMatch(/,(OVERDUE|UPCOMING|OTHER),/);
  });

  it('default XLSX: Polish header, numbers and dates still typed', async () => {
    const res = await fetch(url('xlsx', ''), { headers: { cookie: env.viewer.cookie! } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const cell = (name: string) => ws.getRow(2).getCell(headers.indexOf(name) + 1);
    expect(cell('Saldo zaległe').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('Saldo zaległe').value).toBe(-12.5);
    expect(cell('Data utworzenia').type).toBe(ExcelJS.ValueType.Date);
  });
});
