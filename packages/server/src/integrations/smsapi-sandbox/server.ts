import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { isGsm7, smsLength, validateSenderName } from '@raty/domain';
import { isDirectLoopback } from '../../lib/loopback.js';

/**
 * A local SMSAPI-compatible server (subset of https://www.smsapi.pl/docs) for development, e2e and tests.
 * It implements exactly the calls the official `smsapi` npm client (2.1.x) and our gateway make:
 *   POST /sms.do            send (JSON body as the client sends it, or form/query params); `format=json`
 *   GET|POST /sms.do?status=ID1|ID2   delivery status of sent messages
 *   GET  /profile           account (the client's `profile.get()`; used by "test connection"), with points
 *   GET|POST /user.do?credits=1       legacy points balance
 *   GET  /sms/sendernames   registered sender names (the client's `sendernames.get()`)
 * Auth: `Authorization: Bearer <token>` (or `access_token` param). Errors: `{ error, message }` with SMSAPI codes.
 * After `deliveryDelayMs` a message moves to its outcome (see `outcomes`) and, when `notify_url` was given, a
 * delivery callback is POSTed to it in SMSAPI's DLR format (MsgId, status, status_name, idx, donedate, …).
 * Admin (ADMIN session via `adminGuard`, or direct loopback with `allowLoopbackAdmin`): GET/POST /__sandbox/config,
 * GET/DELETE /__sandbox/messages, POST /__sandbox/messages/:id/status { status } (forces a status and sends the callback).
 */

const SMS_STATUSES = ['QUEUE', 'ACCEPTED', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'EXPIRED', 'REJECTED', 'NOT_FOUND', 'UNKNOWN'] as const;
type SandboxSmsStatus = (typeof SMS_STATUSES)[number];

/** SMSAPI numeric status codes used in delivery callbacks. */
const STATUS_CODES: Record<SandboxSmsStatus, number> = {
  NOT_FOUND: 401,
  EXPIRED: 402,
  SENT: 403,
  DELIVERED: 404,
  UNDELIVERED: 405,
  FAILED: 406,
  REJECTED: 407,
  UNKNOWN: 408,
  QUEUE: 409,
  ACCEPTED: 410,
};

const SMSAPI_ERRORS = {
  8: 'Error in request (please report)',
  11: 'Message too long or there is no message or parameter nounicode is set and special characters are used',
  13: 'No correct phone numbers (or phone numbers on blacklist)',
  14: 'Wrong sender name',
  101: 'Authorization failed',
  103: 'Insufficient credits on your account',
  105: 'Invalid idx parameter: a message with this idx was already sent (check_idx=1)',
  301: 'ID of messages does not exist',
} as const;

interface SandboxKnobs {
  /** delay before every API answer (ms) */
  latencyMs: number;
  /** probability (0..1) that an API call answers HTTP 503 */
  failureRate: number;
  /** probability (0..1) that an API call never answers (held until `hangMs` or close) */
  timeoutRate: number;
  /** how long a "timed out" request is held before the socket is destroyed (ms) */
  hangMs: number;
  /** the next N API calls answer 503 (deterministic variant of failureRate) */
  failNext: number;
  /** the next N API calls hang (deterministic variant of timeoutRate) */
  timeoutNext: number;
  /**
   * once this many messages are held, every further API call waits until the knob is lowered or cleared (0 = off): a
   * deterministic "the provider stalls half way" for tests that must act while a job is running
   */
  holdAtMessages: number;
  /** numbers (as sent or normalised with country code) refused with error 13 */
  invalidNumbers: string[];
  /** probability (0..1) that a number is refused with error 13 */
  invalidNumberRate: number;
  /** weights of the final outcome of a sent message */
  outcomes: Partial<Record<'DELIVERED' | 'UNDELIVERED' | 'FAILED' | 'EXPIRED' | 'REJECTED', number>>;
  /** time from acceptance to the final status (ms); half-way the message is SENT */
  deliveryDelayMs: number;
  /** extra delay between the final status and the callback (ms) */
  callbackDelayMs: number;
  /**
   * most delivery reports per callback request: like SMSAPI, reports of the same notify_url that become due within
   * `callbackBatchMs` are sent in one request, values comma-separated (1 = one request per message)
   */
  callbackBatchSize: number;
  /** how long reports are collected for one callback request (ms) */
  callbackBatchMs: number;
  /** registered sender names; '*' = every name valid by SMSAPI's rules is accepted */
  senderNames: string[] | '*';
  /** sender used when `from` is absent */
  defaultSender: string;
  /** account balance in points; each part costs `pointsPerPart` */
  points: number;
  pointsPerPart: number;
}

interface SandboxMessage {
  id: string;
  idx: string | null;
  /** number as submitted */
  submittedNumber: string;
  /** normalised number with country code */
  number: string;
  from: string;
  text: string;
  encoding: string;
  parts: number;
  points: number;
  status: SandboxSmsStatus;
  test: boolean;
  notifyUrl: string | null;
  /** unix seconds */
  dateSent: number;
  doneDate: number | null;
  receivedAt: string;
  callbacks: { at: string; status: SandboxSmsStatus; httpStatus: number | null; error?: string }[];
}

export interface SmsapiSandboxOptions extends Partial<SandboxKnobs> {
  port?: number;
  host?: string;
  /** accepted bearer token(s) */
  token?: string;
  tokens?: string[];
  /** logs callback failures etc.; silent by default */
  log?: (msg: string, extra?: unknown) => void;
  /**
   * Who may use the admin endpoints (/__sandbox/*). The app passes an ADMIN-session check (integrations/bootstrap.ts);
   * without one only direct loopback requests pass, and only when `allowLoopbackAdmin` is true (tests, the CLI with
   * RATY_SANDBOX_ADMIN_LOOPBACK=1). Default: nobody (403).
   */
  adminGuard?: (req: IncomingMessage) => Promise<'ok' | 401 | 403 | 404>;
  allowLoopbackAdmin?: boolean;
}

export interface SmsapiSandbox {
  url: string;
  port: number;
  token: string;
  messages(): SandboxMessage[];
  clear(): void;
  configure(knobs: Partial<SandboxKnobs>): SandboxKnobs;
  knobs(): SandboxKnobs;
  /** forces a status (and sends the delivery callback when the message has a notify_url) */
  setStatus(id: string, status: SandboxSmsStatus): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_KNOBS: SandboxKnobs = {
  latencyMs: 0,
  failureRate: 0,
  timeoutRate: 0,
  hangMs: 120_000,
  failNext: 0,
  timeoutNext: 0,
  holdAtMessages: 0,
  invalidNumbers: [],
  invalidNumberRate: 0,
  outcomes: { DELIVERED: 1 },
  deliveryDelayMs: 500,
  callbackDelayMs: 0,
  callbackBatchSize: 100,
  callbackBatchMs: 50,
  senderNames: '*',
  defaultSender: 'SMSAPI',
  points: 1000,
  pointsPerPart: 0.16,
};

const KNOB_KEYS = Object.keys(DEFAULT_KNOBS) as (keyof SandboxKnobs)[];

class ApiError extends Error {
  constructor(
    readonly code: keyof typeof SMSAPI_ERRORS,
    readonly httpStatus = 200,
    message?: string,
  ) {
    super(message ?? SMSAPI_ERRORS[code]);
  }
}

function truthy(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true';
}

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(String).join(',');
  return String(v);
}

/** Polish default: 9 digits → 48 + number; accepts +, spaces, dashes. */
function normaliseNumber(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/[\s\-()]/g, '')
    .replace(/^\+/, '')
    .replace(/^00/, '');
  if (!/^\d+$/.test(s)) return null;
  if (s.length === 9) return `48${s}`;
  if (s.length < 10 || s.length > 15) return null;
  return s;
}

function partsOf(text: string): number {
  if (isGsm7(text)) return smsLength(text).parts;
  const len = [...text].length; // UCS-2: 70 single / 67 per part
  return len <= 70 ? 1 : Math.ceil(len / 67);
}

function pickOutcome(outcomes: SandboxKnobs['outcomes']): SandboxSmsStatus {
  const entries = Object.entries(outcomes).filter(([, w]) => (w ?? 0) > 0) as [SandboxSmsStatus, number][];
  const total = entries.reduce((a, [, w]) => a + w, 0);
  if (!entries.length || total <= 0) return 'DELIVERED';
  let r = Math.random() * total;
  for (const [s, w] of entries) {
    r -= w;
    if (r < 0) return s;
  }
  return entries[entries.length - 1][0];
}

/** The sandbox as an Express app plus its state (for embedding in another server). */
interface SmsapiSandboxCore {
  app: express.Express;
  tokens: Set<string>;
  knobs(): SandboxKnobs;
  configure(knobs: Partial<SandboxKnobs>): SandboxKnobs;
  clear(): void;
  setStatus(id: string, status: SandboxSmsStatus): Promise<void>;
  messages(): SandboxMessage[];
  shutdown(): void;
}

function createSmsapiSandbox(opts: SmsapiSandboxOptions = {}): SmsapiSandboxCore {
  const tokens = new Set<string>([...(opts.tokens ?? []), ...(opts.token ? [opts.token] : [])]);
  if (!tokens.size) tokens.add(`sandbox-${randomBytes(8).toString('hex')}`);
  const knobs: SandboxKnobs = { ...DEFAULT_KNOBS, ...pickKnobs(opts) };
  const messages = new Map<string, SandboxMessage>();
  const usedIdx = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const hanging = new Set<Response>();
  const log = opts.log ?? (() => {});
  let closed = false;
  let seq = 0;

  const later = (ms: number, fn: () => void) => {
    if (closed) return;
    const t = setTimeout(() => {
      timers.delete(t);
      if (!closed) fn();
    }, ms);
    timers.add(t);
  };

  /** POSTs the delivery reports of `list` (same notify_url) in one request, values comma-separated; 3 attempts. */
  async function sendCallback(list: SandboxMessage[]) {
    const url = list[0]?.notifyUrl;
    if (!url || closed) return;
    const col = (f: (m: SandboxMessage) => string) => list.map(f).join(',');
    const now = String(Math.floor(Date.now() / 1000));
    const body = new URLSearchParams({
      MsgId: col((m) => m.id),
      status: col((m) => String(STATUS_CODES[m.status])),
      status_name: col((m) => m.status),
      idx: col((m) => m.idx ?? ''),
      donedate: col((m) => (m.doneDate ? String(m.doneDate) : now)),
      username: 'sandbox',
      points: col((m) => String(m.points)),
      from: col((m) => m.from),
      to: col((m) => m.number),
      mcc: '260',
      mnc: '2',
    });
    for (let attempt = 1; attempt <= 3 && !closed; attempt++) {
      const entries = list.map((m) => {
        const entry: SandboxMessage['callbacks'][number] = { at: new Date().toISOString(), status: m.status, httpStatus: null };
        m.callbacks.push(entry);
        return entry;
      });
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
          signal: AbortSignal.timeout(5000),
        });
        for (const e of entries) e.httpStatus = res.status;
        await res.text().catch(() => '');
        if (res.ok) return;
      } catch (err) {
        for (const e of entries) e.error = (err as Error).message;
        log('callback failed', { ids: list.map((m) => m.id), err: (err as Error).message });
      }
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }

  /** reports waiting for their callback request, by notify_url */
  const dueCallbacks = new Map<string, SandboxMessage[]>();
  function flushCallbacks(url: string) {
    const list = dueCallbacks.get(url);
    dueCallbacks.delete(url);
    if (list?.length) void sendCallback(list);
  }
  function queueCallback(m: SandboxMessage) {
    if (!m.notifyUrl) return;
    if (knobs.callbackBatchSize <= 1) return void sendCallback([m]);
    const url = m.notifyUrl;
    let list = dueCallbacks.get(url);
    if (!list) {
      dueCallbacks.set(url, (list = []));
      later(knobs.callbackBatchMs, () => {
        if (dueCallbacks.get(url) === list) flushCallbacks(url);
      });
    }
    list.push(m);
    if (list.length >= knobs.callbackBatchSize) flushCallbacks(url);
  }

  function finalise(m: SandboxMessage, status: SandboxSmsStatus) {
    m.status = status;
    m.doneDate = Math.floor(Date.now() / 1000);
    if (m.notifyUrl) later(knobs.callbackDelayMs, () => queueCallback(m));
  }

  function schedule(m: SandboxMessage) {
    if (m.test) return;
    const outcome = pickOutcome(knobs.outcomes); // decided at acceptance, like a real network
    later(Math.floor(knobs.deliveryDelayMs / 2), () => {
      if (m.status === 'QUEUE' || m.status === 'ACCEPTED') m.status = 'SENT';
    });
    later(knobs.deliveryDelayMs, () => {
      if (m.status === 'QUEUE' || m.status === 'ACCEPTED' || m.status === 'SENT') finalise(m, outcome);
    });
  }

  function params(req: Request): Record<string, unknown> {
    const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    return { ...(req.query as Record<string, unknown>), ...body };
  }

  function authorise(req: Request, p: Record<string, unknown>) {
    const h = req.headers.authorization;
    const token = h?.startsWith('Bearer ') ? h.slice(7).trim() : str(p.access_token);
    if (!token || !tokens.has(token)) throw new ApiError(101, 401);
  }

  /** latency, 5xx and "timeout" knobs for every API call */
  const chaos = async (_req: Request, res: Response, next: NextFunction) => {
    if (knobs.latencyMs > 0) await new Promise((r) => setTimeout(r, knobs.latencyMs));
    while (!closed && knobs.holdAtMessages > 0 && messages.size >= knobs.holdAtMessages) await new Promise((r) => setTimeout(r, 10));
    if (knobs.timeoutNext > 0 || (knobs.timeoutRate > 0 && Math.random() < knobs.timeoutRate)) {
      if (knobs.timeoutNext > 0) knobs.timeoutNext--;
      hanging.add(res);
      const t = setTimeout(() => {
        hanging.delete(res);
        res.socket?.destroy();
      }, knobs.hangMs);
      res.on('close', () => {
        clearTimeout(t);
        hanging.delete(res);
      });
      return;
    }
    if (knobs.failNext > 0 || (knobs.failureRate > 0 && Math.random() < knobs.failureRate)) {
      if (knobs.failNext > 0) knobs.failNext--;
      res.status(503).type('text/html').send('<html><body><h1>503 Service Unavailable</h1></body></html>');
      return;
    }
    next();
  };

  function sendSms(p: Record<string, unknown>) {
    const to = str(p.to);
    const message = str(p.message) ?? '';
    if (!to) throw new ApiError(13);
    if (!message.trim()) throw new ApiError(11);
    const parts = partsOf(message);
    if (parts > 10) throw new ApiError(11);
    const fromRaw = str(p.from);
    const from = fromRaw ?? knobs.defaultSender;
    if (fromRaw !== undefined) {
      const v = validateSenderName(fromRaw, 'from');
      const registered = knobs.senderNames === '*' || knobs.senderNames.includes(fromRaw);
      if (!v.ok || !registered) throw new ApiError(14);
    }
    const idx = str(p.idx) ?? null;
    const checkIdx = truthy(p.check_idx);
    if (idx && checkIdx && usedIdx.has(idx)) throw new ApiError(105);
    const numbers = to
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const valid: { submitted: string; number: string }[] = [];
    for (const n of numbers) {
      const norm = normaliseNumber(n);
      if (!norm) continue;
      if (knobs.invalidNumbers.includes(n) || knobs.invalidNumbers.includes(norm)) continue;
      if (knobs.invalidNumberRate > 0 && Math.random() < knobs.invalidNumberRate) continue;
      valid.push({ submitted: n, number: norm });
    }
    if (!valid.length) throw new ApiError(13);
    const test = truthy(p.test);
    const cost = Math.round(parts * knobs.pointsPerPart * 10000) / 10000;
    if (!test && knobs.points < cost * valid.length) throw new ApiError(103);
    if (idx) usedIdx.add(idx);
    const now = Math.floor(Date.now() / 1000);
    const list = valid.map(({ submitted, number }) => {
      seq++;
      const id = `${now.toString(16).toUpperCase()}${String(seq).padStart(6, '0')}${randomBytes(3).toString('hex').toUpperCase()}`;
      const m: SandboxMessage = {
        id,
        idx,
        submittedNumber: submitted,
        number,
        from,
        text: message,
        encoding: str(p.encoding) ?? 'utf-8',
        parts,
        points: test ? 0 : cost,
        status: 'QUEUE',
        test,
        notifyUrl: str(p.notify_url) ?? null,
        dateSent: now,
        doneDate: null,
        receivedAt: new Date().toISOString(),
        callbacks: [],
      };
      if (!test) knobs.points = Math.round((knobs.points - cost) * 10000) / 10000;
      messages.set(id, m);
      schedule(m);
      return m;
    });
    return {
      count: list.length,
      list: list.map(toApi),
      message,
      length: [...message].length,
      parts,
    };
  }

  function toApi(m: SandboxMessage) {
    return {
      id: m.id,
      points: m.points,
      number: m.number,
      date_sent: m.dateSent,
      submitted_number: m.submittedNumber,
      status: m.status,
      error: null,
      idx: m.idx,
      parts: m.parts,
    };
  }

  function status(p: Record<string, unknown>) {
    const ids = (str(p.status) ?? '')
      .split(/[|,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const found = ids.map((id) => messages.get(id)).filter((m): m is SandboxMessage => !!m);
    if (!found.length) throw new ApiError(301);
    return { count: found.length, list: found.map(toApi) };
  }

  const app: express.Express = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));

  // ---- admin ----
  app.use('/__sandbox', async (req, res, next) => {
    try {
      if (opts.allowLoopbackAdmin && isDirectLoopback(req)) return next();
      const verdict = opts.adminGuard ? await opts.adminGuard(req) : 403;
      if (verdict === 'ok') return next();
      if (verdict === 404) return void res.status(404).json({ error: 8, message: 'Unknown endpoint' });
      res.status(verdict).json({ error: verdict === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message: 'Sandbox tools need an ADMIN session' });
    } catch (err) {
      next(err);
    }
  });
  app.get('/__sandbox/config', (_req, res) => {
    res.json({ ...knobs, tokens: [...tokens].length });
  });
  app.post('/__sandbox/config', (req, res) => {
    res.json(configure(req.body as Partial<SandboxKnobs>));
  });
  app.get('/__sandbox/messages', (req, res) => {
    let list = [...messages.values()];
    const q = req.query as Record<string, string | undefined>;
    if (q.number) list = list.filter((m) => m.number.endsWith(q.number!.replace(/\D/g, '')));
    if (q.idx) list = list.filter((m) => m.idx === q.idx);
    res.json({ count: list.length, messages: list });
  });
  app.delete('/__sandbox/messages', (_req, res) => {
    clear();
    res.json({ ok: true });
  });
  app.post('/__sandbox/messages/:id/status', async (req, res) => {
    const s = String((req.body as { status?: string }).status ?? '') as SandboxSmsStatus;
    if (!messages.has(req.params.id)) return void res.status(404).json({ error: 'not found' });
    if (!SMS_STATUSES.includes(s)) return void res.status(400).json({ error: `status must be one of ${SMS_STATUSES.join(', ')}` });
    await setStatus(req.params.id, s);
    res.json(messages.get(req.params.id));
  });

  // ---- API ----
  const api = express.Router();
  api.use(chaos);
  const handle = (fn: (p: Record<string, unknown>, req: Request) => unknown) => (req: Request, res: Response) => {
    const p = params(req);
    try {
      authorise(req, p);
      res.json(fn(p, req));
    } catch (err) {
      if (err instanceof ApiError) res.status(err.httpStatus).json({ error: err.code, message: err.message });
      else res.status(500).json({ error: 8, message: SMSAPI_ERRORS[8] });
    }
  };
  const smsDo = handle((p) => (p.status !== undefined ? status(p) : sendSms(p)));
  api.post('/sms.do', smsDo);
  api.get('/sms.do', smsDo);
  api.get(
    '/profile',
    handle(() => ({
      id: 'sandbox-account',
      name: 'Raty sandbox',
      email: 'sandbox@raty.local',
      username: 'sandbox',
      phone_number: '48500000000',
      payment_type: 'prepaid',
      user_type: 'native',
      points: knobs.points,
    })),
  );
  const credits = handle(() => ({ points: knobs.points, proCount: Math.floor(knobs.points / knobs.pointsPerPart), ecoCount: 0, mmsCount: 0, vmsGsmCount: 0, vmsLandCount: 0 }));
  api.get('/user.do', credits);
  api.post('/user.do', credits);
  api.get(
    '/sms/sendernames',
    handle(() => {
      const names = knobs.senderNames === '*' ? [knobs.defaultSender] : knobs.senderNames;
      const collection = names.map((sender, i) => ({ sender, is_default: i === 0, status: 'ACTIVE', created_at: new Date(0).toISOString() }));
      return { collection, size: collection.length };
    }),
  );
  // the same API under /api (SMSAPI's https://api.smsapi.pl/api/... form) as well as at the root
  app.use('/api', api);
  app.use('/', api);
  app.use((_req, res) => {
    res.status(404).json({ error: 8, message: 'Unknown endpoint' });
  });

  function configure(k: Partial<SandboxKnobs>): SandboxKnobs {
    Object.assign(knobs, pickKnobs(k));
    return { ...knobs };
  }
  function clear() {
    messages.clear();
    usedIdx.clear();
  }
  async function setStatus(id: string, s: SandboxSmsStatus) {
    const m = messages.get(id);
    if (!m) throw new Error(`no message ${id}`);
    const final = ['DELIVERED', 'UNDELIVERED', 'FAILED', 'EXPIRED', 'REJECTED'].includes(s);
    if (final) {
      m.status = s;
      m.doneDate = Math.floor(Date.now() / 1000);
      await sendCallback([m]);
    } else m.status = s;
  }
  function shutdown() {
    closed = true;
    for (const t of timers) clearTimeout(t);
    timers.clear();
    for (const r of hanging) r.socket?.destroy();
    hanging.clear();
  }

  return { app, tokens, knobs: () => ({ ...knobs }), configure, clear, setStatus, messages: () => [...messages.values()], shutdown };
}

function pickKnobs(k: Partial<SandboxKnobs> | undefined): Partial<SandboxKnobs> {
  const out: Partial<SandboxKnobs> = {};
  if (!k || typeof k !== 'object') return out;
  for (const key of KNOB_KEYS) {
    if (k[key] !== undefined) (out as Record<string, unknown>)[key] = k[key];
  }
  return out;
}

/** Starts the SMSAPI sandbox on `port` (0 = random) and `host` (default 127.0.0.1). */
export async function startSmsapiSandbox(opts: SmsapiSandboxOptions = {}): Promise<SmsapiSandbox> {
  const sb = createSmsapiSandbox(opts);
  const server = http.createServer(sb.app);
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host && opts.host !== '0.0.0.0' && opts.host !== '::' ? opts.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}`,
    port,
    token: [...sb.tokens][0],
    messages: sb.messages,
    clear: sb.clear,
    configure: sb.configure,
    knobs: sb.knobs,
    setStatus: sb.setStatus,
    close: async () => {
      sb.shutdown();
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
