import type { Express, Request, Response } from 'express';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Logger } from 'pino';
import type { DbHandle } from '../../../db/client.js';
import { csvCell, xlsxCell, XLSX_NUM_FMT, type CellKind, type RawCell } from '../../../lib/spreadsheet.js';
import { audit } from '../../common/index.js';
import { STAFF_COOKIE, staffActorFromSession } from '../../auth/index.js';
import { isSoftCollectionActive } from '../../settings/index.js';
import { toNotice } from '../notices/notices.service.js';
import { EXPORT_LANGUAGES, exportHeader, exportValue, localDateTime, type ExportDialect, type ExportLanguage } from './export-dialects.js';
import type { NoticeRow } from '../notices/notices.service.js';
import { streamNotices } from './registry.service.js';
import type { NoticeFilter } from './registry.types.js';

const NOTICE_EXPORT_PATH = '/api/notices/export';

/**
 * Stable column set of the registry export, each with its cell kind (lib/spreadsheet.ts). `header` is the machine
 * dialect's header; the excel dialect and XLSX take the header and code labels of the user's language (export-dialects.ts).
 */
const EXPORT_COLUMNS: { key: string; header: string; kind: CellKind; value: (r: NoticeRow) => RawCell }[] = [
  { key: 'id', header: 'id', kind: 'text', value: (r) => r.id },
  { key: 'file', header: 'file', kind: 'text', value: (r) => `${r.kind_code} ${r.file_number}` },
  { key: 'kindCode', header: 'kind_code', kind: 'text', value: (r) => r.kind_code },
  { key: 'fileNumber', header: 'file_number', kind: 'text', value: (r) => String(r.file_number) },
  { key: 'addressee', header: 'addressee', kind: 'text', value: (r) => r.addressee_name },
  { key: 'address', header: 'address', kind: 'text', value: (r) => r.addressee_address },
  { key: 'phone', header: 'phone', kind: 'text', value: (r) => r.phone },
  { key: 'email', header: 'email', kind: 'text', value: (r) => r.email },
  { key: 'subject', header: 'subject', kind: 'text', value: (r) => r.subject },
  { key: 'smsConsent', header: 'sms_consent', kind: 'text', value: (r) => (r.addressee_consent ? 'Y' : 'N') },
  { key: 'reason', header: 'reason', kind: 'text', value: (r) => r.reason },
  { key: 'channel', header: 'channel', kind: 'text', value: (r) => r.channel },
  { key: 'createdOn', header: 'created_on', kind: 'date', value: (r) => r.created_on },
  { key: 'promiseDate', header: 'promise_date', kind: 'date', value: (r) => r.promise_date },
  { key: 'sentAt', header: 'sent_at', kind: 'datetime', value: (r) => r.sent_at },
  { key: 'sendStatus', header: 'send_status', kind: 'text', value: (r) => r.send_status },
  { key: 'deliveryStatus', header: 'delivery_status', kind: 'text', value: (r) => r.delivery_status },
  { key: 'settlementStatus', header: 'settlement_status', kind: 'text', value: (r) => r.settlement_status },
  { key: 'currency', header: 'currency', kind: 'text', value: (r) => r.currency },
  { key: 'overdue', header: 'overdue_balance', kind: 'money', value: (r) => r.t_overdue },
  { key: 'future', header: 'future_balance', kind: 'money', value: (r) => r.t_future },
  { key: 'overpayment', header: 'overpayment_balance', kind: 'money', value: (r) => r.t_overpayment },
  { key: 'total', header: 'total_amount', kind: 'money', value: (r) => toNotice(r).totals.total },
  { key: 'template', header: 'template', kind: 'text', value: (r) => r.template_name },
  { key: 'createdBy', header: 'created_by', kind: 'text', value: (r) => r.created_by_name },
  { key: 'note', header: 'note', kind: 'text', value: (r) => r.note },
  { key: 'text', header: 'text', kind: 'text', value: (r) => r.text },
];

const FILTER_KEYS = [
  'kindCode',
  'fileNumber',
  'fileId',
  'partyId',
  'createdFrom',
  'createdTo',
  'sentFrom',
  'sentTo',
  'channel',
  'reason',
  'sendStatus',
  'deliveryStatus',
  'settlementStatus',
  'createdBy',
] as const;
const DATE_KEYS = new Set(['createdFrom', 'createdTo', 'sentFrom', 'sentTo']);

/** The registry filter from the query string (same names as the GraphQL NoticeFilter; ids comma-separated). */
function filterFromQuery(q: Request['query']): { filter: NoticeFilter; error?: string } {
  const filter: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) {
    const v = q[k];
    if (typeof v !== 'string' || v.trim() === '') continue;
    if (DATE_KEYS.has(k) && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return { filter: {}, error: `${k} must be YYYY-MM-DD` };
    filter[k] = v.trim();
  }
  if (typeof q.ids === 'string' && q.ids)
    filter.ids = q.ids
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return { filter: filter as NoticeFilter };
}

/**
 * GET /api/notices/export?format=csv|xlsx&dialect=excel|machine&lang=pl|sk|en&<filters>&sort=… — the filtered registry, streamed (server-side cursor →
 * csv-stringify / exceljs WorkbookWriter → response). Staff session cookie with NOTICES_VIEW / NOTICES_EDIT (or ADMIN).
 */
export function mountNoticeExport(app: Express, deps: { db: DbHandle; log: Logger }) {
  app.get(NOTICE_EXPORT_PATH, async (req: Request, res: Response) => {
    const sid = req.cookies?.[STAFF_COOKIE];
    const actor = sid ? await staffActorFromSession(deps.db.db, sid) : null;
    if (!actor || actor.type !== 'STAFF' || actor.enrolmentOnly) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    if (!actor.roles.some((r) => r === 'ADMIN' || r === 'NOTICES_VIEW' || r === 'NOTICES_EDIT')) return void res.status(403).json({ error: 'FORBIDDEN' });
    if (!(await isSoftCollectionActive(deps.db.db))) return void res.status(403).json({ error: 'FEATURE_DISABLED' });
    const format = String(req.query.format ?? 'csv').toLowerCase();
    if (format !== 'csv' && format !== 'xlsx') return void res.status(400).json({ error: 'format must be csv or xlsx' });
    const dialect = String(req.query.dialect ?? 'excel').toLowerCase() as ExportDialect;
    if (dialect !== 'excel' && dialect !== 'machine') return void res.status(400).json({ error: 'dialect must be excel or machine' });
    const langParam = typeof req.query.lang === 'string' ? req.query.lang.toLowerCase() : null;
    if (langParam !== null && !EXPORT_LANGUAGES.includes(langParam as ExportLanguage)) return void res.status(400).json({ error: 'lang must be pl, sk or en' });
    // the language: ?lang= (the SPA sends its UI language), else the user's locale, else Polish
    const [user] = langParam ? [] : await deps.db.sql<{ locale: string }[]>`select locale from users where id = ${actor.userId}`;
    const lang: ExportLanguage = (langParam ?? (EXPORT_LANGUAGES.includes(user?.locale as ExportLanguage) ? user.locale : 'pl')) as ExportLanguage;
    const machineDialect = dialect === 'machine';
    const header = (c: (typeof EXPORT_COLUMNS)[number]) => (machineDialect ? c.header : exportHeader(lang, c.key));
    const value = (c: (typeof EXPORT_COLUMNS)[number], r: NoticeRow): RawCell => {
      const v = c.value(r);
      return machineDialect || c.kind !== 'text' ? v : exportValue(lang, c.key, v === null || v === undefined ? null : String(v));
    };
    const { filter, error } = filterFromQuery(req.query);
    if (error) return void res.status(400).json({ error });
    if (filter.fileNumber && !filter.kindCode) return void res.status(400).json({ error: 'fileNumber needs kindCode' });
    const sort = typeof req.query.sort === 'string' ? req.query.sort : null;
    const stamp = new Date().toISOString().slice(0, 10);
    const rows = streamNotices(deps.db.sql, filter, sort);
    let count = 0;
    let complete = false;
    try {
      if (format === 'csv') {
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="notices-${stamp}.csv"`);
        // neutralised text cells ('=…) are always quoted (OWASP); numbers stay bare. excel: BOM, ';', decimal comma,
        // local date-times; machine: ',', dot decimals, UTC ISO date-times, no BOM (docs/collection.md "Export")
        const csv = stringify({
          header: true,
          columns: EXPORT_COLUMNS.map((c) => ({ key: c.key, header: header(c) })),
          bom: !machineDialect,
          delimiter: machineDialect ? ',' : ';',
          quoted_match: /^'/,
        });
        const style = machineDialect ? {} : { decimalComma: true, dateTime: localDateTime };
        csv.pipe(res);
        for await (const r of rows) {
          const rec = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.key, csvCell(c.kind, value(c, r), style)]));
          count++;
          if (!csv.write(rec)) await new Promise((resolve) => csv.once('drain', resolve));
        }
        csv.end();
        await new Promise((resolve) => res.once('finish', resolve));
      } else {
        res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.setHeader('content-disposition', `attachment; filename="notices-${stamp}.xlsx"`);
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
        const ws = wb.addWorksheet('Notices');
        ws.addRow(EXPORT_COLUMNS.map(header)).commit();
        for await (const r of rows) {
          const row = ws.addRow(EXPORT_COLUMNS.map((c) => xlsxCell(c.kind, value(c, r))));
          EXPORT_COLUMNS.forEach((c, i) => {
            const fmt = XLSX_NUM_FMT[c.kind];
            if (fmt) row.getCell(i + 1).numFmt = fmt;
          });
          row.commit();
          count++;
        }
        ws.commit();
        await wb.commit();
      }
      complete = true;
    } catch (err) {
      deps.log.error({ err, requestId: req.requestId }, 'notice export failed');
      if (!res.headersSent) res.status(500).json({ error: 'Internal server error' });
      else res.destroy(err as Error);
    } finally {
      // personal data left the system: who, which filter, how many rows (docs/security.md "Exports")
      await audit({ actor, requestId: req.requestId, sql: deps.db.sql }, 'EXPORT', 'notice_registry', null, null, { format, dialect, lang, filter, sort, rows: count, complete }).catch((err) =>
        deps.log.error({ err, requestId: req.requestId }, 'export audit failed'),
      );
    }
  });
}
