import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * Local SMTP sandbox (smtp-server): accepts every mail on 127.0.0.1 without TLS or auth and keeps it in memory,
 * parsed into from/to/subject/text/html (enough for nodemailer's output: RFC 2047 words, quoted-printable,
 * base64, multipart/alternative).
 */
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
  close(): Promise<void>;
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

export async function startSmtpSandbox(opts: { port?: number; host?: string } = {}): Promise<SmtpSandbox> {
  const mails: SandboxMail[] = [];
  let seq = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        try {
          mails.push({
            id: ++seq,
            receivedAt: new Date().toISOString(),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            ...parseMail(raw),
            raw,
          });
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
  return {
    port,
    host: h,
    url: `smtp://${h}:${port}`,
    messages: () => [...mails],
    clear: () => void mails.splice(0),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
