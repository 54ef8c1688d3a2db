import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * Local SMTP sandbox (smtp-server): accepts every mail on 127.0.0.1 without TLS or auth and keeps it in memory,
 * parsed into from/to/subject/text/html (enough for nodemailer's output: RFC 2047 words, quoted-printable,
 * base64, multipart/alternative).
 *
 * Bounces (issue 25): a recipient matching the `bouncePattern` knob (default: local part starting with "bounce",
 * e.g. bounce@example.pl) is accepted like any other (250), and `bounceDelayMs` later the sandbox writes the
 * delivery status notification (a DSN from MAILER-DAEMON to the envelope sender, kept with the messages) and posts the
 * bounce to `bounceUrl` (the app's bounce webhook, integrations/mail-bounces.ts). `rejectPattern` makes the server
 * refuse a recipient at once (550: the mailer gets the SMTP error).
 */
export interface SmtpSandboxKnobs {
  /** regular expression (case-insensitive) on the recipient address; '' = never bounce */
  bouncePattern: string;
  bounceDelayMs: number;
  /** the diagnostic of the simulated bounce ({rcpt} = the address) */
  bounceDiagnostic: string;
  /** where bounces are posted (the app's webhook); null = only the DSN mail is kept */
  bounceUrl: string | null;
  /** regular expression on the recipient refused at RCPT TO with 550; '' = never */
  rejectPattern: string;
}

const DEFAULT_KNOBS: SmtpSandboxKnobs = {
  bouncePattern: '^bounce[^@]*@',
  bounceDelayMs: 200,
  bounceDiagnostic: '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table',
  bounceUrl: null,
  rejectPattern: '^reject[^@]*@',
};
interface SandboxMail {
  id: number;
  receivedAt: string;
  envelope: { from: string | null; to: string[] };
  from: string | null;
  to: string[];
  subject: string | null;
  text: string | null;
  html: string | null;
  headers: Record<string, string>;
  raw: string;
}

export interface SmtpSandbox {
  port: number;
  host: string;
  /** smtp://host:port for nodemailer / SMTP_URL */
  url: string;
  messages(): SandboxMail[];
  clear(): void;
  knobs(): SmtpSandboxKnobs;
  configure(knobs: Partial<SmtpSandboxKnobs>): SmtpSandboxKnobs;
  /** the admin HTTP (GET|DELETE /__sandbox/messages, GET|POST /__sandbox/config) when started with `adminPort` */
  adminUrl: string | null;
  close(): Promise<void>;
}

function pickKnobs(v: Record<string, unknown>): Partial<SmtpSandboxKnobs> {
  const out: Partial<SmtpSandboxKnobs> = {};
  for (const k of Object.keys(DEFAULT_KNOBS) as (keyof SmtpSandboxKnobs)[]) {
    if (!(k in v)) continue;
    const x = v[k];
    if (k === 'bounceDelayMs') {
      if (Number.isFinite(Number(x)) && Number(x) >= 0) out.bounceDelayMs = Number(x);
    } else if (k === 'bounceUrl') out.bounceUrl = x === null || x === '' ? null : String(x);
    else if (k === 'bouncePattern' || k === 'rejectPattern') {
      new RegExp(String(x), 'i'); // throws on a bad pattern
      out[k] = String(x);
    } else out[k] = String(x);
  }
  return out;
}

function matches(pattern: string, address: string): boolean {
  return pattern !== '' && new RegExp(pattern, 'i').test(address);
}

function decodeWords(v: string): string {
  return v.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)/g, '=?$1?$2?$3?=').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, charset: string, enc: string, data: string) => {
    const buf = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpBytes(data.replace(/_/g, ' '));
    return new TextDecoder(charset.toLowerCase() === 'utf8' ? 'utf-8' : charset).decode(buf);
  });
}

function qpBytes(s: string): Buffer {
  const out: number[] = [];
  const src = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(src.slice(i + 1, i + 3))) {
      out.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(out);
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const idx = raw.search(/\r?\n\r?\n/);
  const head = idx < 0 ? raw : raw.slice(0, idx);
  const body = idx < 0 ? '' : raw.slice(idx).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) headers[m[1].toLowerCase()] = m[2];
  }
  return { headers, body };
}

function decodeBody(p: Part): string {
  const enc = (p.headers['content-transfer-encoding'] ?? '').toLowerCase();
  const charset = /charset="?([^";]+)"?/i.exec(p.headers['content-type'] ?? '')?.[1] ?? 'utf-8';
  const buf = enc === 'base64' ? Buffer.from(p.body.replace(/\s+/g, ''), 'base64') : enc === 'quoted-printable' ? qpBytes(p.body) : Buffer.from(p.body, 'utf8');
  return new TextDecoder(charset.toLowerCase() === 'utf8' ? 'utf-8' : charset).decode(buf).replace(/\r\n/g, '\n');
}

function collect(p: Part, out: { text: string | null; html: string | null }) {
  const type = (p.headers['content-type'] ?? 'text/plain').toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(p.headers['content-type'] ?? '')?.[1];
  if (type.startsWith('multipart/') && boundary) {
    const chunks = p.body.split(`--${boundary}`).slice(1);
    for (const c of chunks) {
      if (c.startsWith('--')) break;
      collect(splitPart(c.replace(/^\r?\n/, '').replace(/\r?\n$/, '')), out); // the CRLF before a boundary belongs to it
    }
    return;
  }
  if (type.startsWith('text/html')) out.html ??= decodeBody(p);
  else if (type.startsWith('text/plain')) out.text ??= decodeBody(p).replace(/\n$/, '');
}

function parseMail(raw: string): Omit<SandboxMail, 'id' | 'receivedAt' | 'envelope' | 'raw'> {
  const top = splitPart(raw);
  const out = { text: null as string | null, html: null as string | null };
  collect(top, out);
  const addrs = (v: string | undefined) =>
    v
      ? decodeWords(v)
          .split(',')
          .map((a) => (/<([^>]+)>/.exec(a)?.[1] ?? a).trim())
          .filter(Boolean)
      : [];
  return {
    from: top.headers.from ? decodeWords(top.headers.from) : null,
    to: addrs(top.headers.to),
    subject: top.headers.subject !== undefined ? decodeWords(top.headers.subject) : null,
    text: out.text,
    html: out.html,
    headers: Object.fromEntries(Object.entries(top.headers).map(([k, v]) => [k, decodeWords(v)])),
  };
}

function dsn(original: SandboxMail, rcpt: string, diagnostic: string, host: string): string {
  const boundary = `dsn-${original.id}-${Date.now()}`;
  const to = original.envelope.from ?? '';
  return [
    `From: Mail Delivery System <MAILER-DAEMON@${host}>`,
    `To: ${to}`,
    'Subject: Undelivered Mail Returned to Sender',
    'Auto-Submitted: auto-replied',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Your message to <${rcpt}> could not be delivered: ${diagnostic}`,
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; ${diagnostic}`,
    `X-Original-Message-ID: ${original.headers['message-id'] ?? ''}`,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  return body ? (JSON.parse(body) as Record<string, unknown>) : {};
}

export async function startSmtpSandbox(
  opts: {
    port?: number;
    host?: string;
    /** start the admin HTTP on this port (0 = any) */
    adminPort?: number;
    /** who may use the admin HTTP: 'ok', or the HTTP status to answer (the app's ADMIN check; default loopback only) */
    adminGuard?: (req: IncomingMessage) => Promise<'ok' | number> | 'ok' | number;
  } & Partial<SmtpSandboxKnobs> = {},
): Promise<SmtpSandbox> {
  const mails: SandboxMail[] = [];
  let seq = 0;
  const knobs: SmtpSandboxKnobs = { ...DEFAULT_KNOBS, ...pickKnobs(opts as Record<string, unknown>) };
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const bounce = (mail: SandboxMail, rcpt: string) => {
    const diagnostic = knobs.bounceDiagnostic.replace(/\{rcpt\}/g, rcpt);
    later(knobs.bounceDelayMs, () => {
      const raw = dsn(mail, rcpt, diagnostic, h);
      mails.push({
        id: ++seq,
        receivedAt: new Date().toISOString(),
        envelope: { from: null, to: mail.envelope.from ? [mail.envelope.from] : [] },
        ...parseMail(raw),
        raw,
      });
      const url = knobs.bounceUrl;
      if (!url) return;
      const body = JSON.stringify({ messageId: mail.headers['message-id'] ?? '', recipient: rcpt, diagnostic });
      // a webhook that fails is tried twice more (like a mail service's retries)
      const post = (attempt: number) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(5000) })
          .then((r) => {
            if (!r.ok && attempt < 3) later(500 * attempt, () => void post(attempt + 1));
          })
          .catch(() => {
            if (attempt < 3) later(500 * attempt, () => void post(attempt + 1));
          });
      void post(1);
    });
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 25 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (matches(knobs.rejectPattern, address.address)) {
        const err = new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`) as Error & { responseCode: number };
        err.responseCode = 550;
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        try {
          const mail: SandboxMail = {
            id: ++seq,
            receivedAt: new Date().toISOString(),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            ...parseMail(raw),
            raw,
          };
          mails.push(mail);
          for (const rcpt of mail.envelope.to) if (matches(knobs.bouncePattern, rcpt)) bounce(mail, rcpt);
          callback();
        } catch (err) {
          callback(err as Error);
        }
      });
    },
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  server.on('error', () => {});
  const port = (server.server.address() as AddressInfo).port;
  const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const configure = (k: Partial<SmtpSandboxKnobs>) => Object.assign(knobs, pickKnobs(k as Record<string, unknown>));

  let admin: Server | null = null;
  let adminUrl: string | null = null;
  if (opts.adminPort !== undefined) {
    const guard = opts.adminGuard ?? ((req: IncomingMessage) => (['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '') ? 'ok' : 403));
    admin = createServer((req, res) => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      void (async () => {
        const verdict = await guard(req);
        if (verdict !== 'ok') return send(verdict, { error: verdict === 404 ? 'Not found' : 'Forbidden' });
        const u = new URL(req.url ?? '/', 'http://x');
        if (u.pathname === '/__sandbox/messages' && req.method === 'GET') {
          const to = u.searchParams.get('to')?.toLowerCase();
          return send(
            200,
            mails.filter((m) => !to || m.envelope.to.some((a) => a.toLowerCase() === to)).map(({ raw: _raw, ...m }) => m),
          );
        }
        if (u.pathname === '/__sandbox/messages' && req.method === 'DELETE') {
          mails.splice(0);
          return send(200, { ok: true });
        }
        if (u.pathname === '/__sandbox/config' && req.method === 'GET') return send(200, knobs);
        if (u.pathname === '/__sandbox/config' && req.method === 'POST') {
          try {
            return send(200, configure(await readJson(req)));
          } catch (err) {
            return send(400, { error: (err as Error).message });
          }
        }
        send(404, { error: 'Not found' });
      })().catch((err: Error) => send(500, { error: err.message }));
    });
    await new Promise<void>((resolve, reject) => {
      admin!.once('error', reject);
      admin!.listen(opts.adminPort, host, () => resolve());
    });
    adminUrl = `http://${h}:${(admin.address() as AddressInfo).port}`;
  }
  return {
    port,
    host: h,
    url: `smtp://${h}:${port}`,
    adminUrl,
    messages: () => [...mails],
    clear: () => void mails.splice(0),
    knobs: () => ({ ...knobs }),
    configure: (k) => ({ ...configure(k) }),
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      if (admin) await new Promise<void>((r) => admin!.close(() => r()));
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
