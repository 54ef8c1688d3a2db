import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { appConfig } from '../app-config.js';

/**
 * Staff credentials at rest (issue 20, docs/security.md § 3b): AES-256-GCM (node:crypto) under a key ring.
 * - The key: 32 bytes derived with scrypt (N=2^14, r=8, p=1, own salt) from RATY_SECRETS_KEY — the same secret that
 *   protects the integration tokens (integrations/secrets.ts derives a DIFFERENT key from it: other salt). In
 *   embedded/dev mode without RATY_SECRETS_KEY the secret is the key file next to the data directory
 *   (`<dirname(RATY_DATA_DIR)>/secrets.key`, created once with mode 0600 — the integrations read the same file).
 * - Each key has an id: the first 8 hex digits of SHA-256 over the derived key (no configuration, never the key).
 * - Stored form: `gcm1:<key id>:<base64(iv[12] | tag[16] | ciphertext)>`; the AAD binds the value to its column and
 *   row (e.g. `users.totp_secret:<user id>`), so a ciphertext copied to another user's row does not decrypt.
 * - Rotation: set the new RATY_SECRETS_KEY and the old one(s) in RATY_SECRETS_KEY_PREVIOUS (comma-separated); values
 *   sealed under a previous key still open, and the startup step (`resealTotpSecrets`) re-encrypts them under the
 *   current key. Afterwards the previous key can be dropped.
 */
const SEALED_PREFIX = 'gcm1:';
const SALT = 'raty/staff-credentials/v1';

interface RingKey {
  id: string;
  key: Buffer;
}
interface KeyRing {
  current: RingKey;
  previous: RingKey[];
  source: string;
}

let ring: KeyRing | undefined;

function ringKeyOf(secret: string): RingKey {
  if (!secret) throw new Error('empty secrets key');
  const key = scryptSync(secret, SALT, 32, { N: 1 << 14, r: 8, p: 1 });
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
}

/** The embedded/dev key file: created once (mode 0600, never overwritten: `wx`), then read. */
function keyFileSecret(keyFile: string): string {
  if (!fs.existsSync(keyFile)) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    try {
      fs.writeFileSync(keyFile, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // another process created it first
    }
  }
  return fs.readFileSync(keyFile, 'utf8').trim();
}

/**
 * Loads the key ring: RATY_SECRETS_KEY when given, else (embedded/dev only) the key file. Without either it throws:
 * a server that cannot read the administrators' second factor must not start (main.ts).
 */
export function initKeyRing(opts: { secret?: string; previous?: string[]; keyFile?: string }): { source: string; keyId: string } {
  let secret = opts.secret;
  let source = 'RATY_SECRETS_KEY';
  if (!secret && opts.keyFile) {
    secret = keyFileSecret(opts.keyFile);
    source = opts.keyFile;
  }
  if (!secret) throw new Error('RATY_SECRETS_KEY is not set: staff second-factor secrets and integration tokens are encrypted with it (docs/operations.md)');
  const current = ringKeyOf(secret);
  const previous = (opts.previous ?? []).filter((s) => s && s !== secret).map(ringKeyOf);
  ring = { current, previous, source };
  return { source, keyId: current.id };
}

function previousKeysOf(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function keyRing(): KeyRing {
  if (ring) return ring;
  const cfg = appConfig();
  const secret = cfg.secretsKey ?? process.env.RATY_SECRETS_KEY;
  initKeyRing({ secret, previous: cfg.secretsKeyPrevious.length ? cfg.secretsKeyPrevious : previousKeysOf(process.env.RATY_SECRETS_KEY_PREVIOUS) });
  return ring!;
}

export function currentKeyId(): string {
  return keyRing().current.id;
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED_PREFIX);
}

/** Whether a sealed value is under the current key (false for a previous key and for anything not sealed). */
export function sealedWithCurrentKey(stored: string): boolean {
  return stored.startsWith(`${SEALED_PREFIX}${keyRing().current.id}:`);
}

export function seal(plaintext: string, aad: string): string {
  const { current } = keyRing();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', current.key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${SEALED_PREFIX}${current.id}:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
}

export function open(stored: string, aad: string): string {
  const m = /^gcm1:([0-9a-f]{8}):([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!m) throw new Error('not a sealed value');
  const r = keyRing();
  const k = [r.current, ...r.previous].find((x) => x.id === m[1]);
  if (!k) throw new Error(`sealed with key ${m[1]}, which is not in the key ring (RATY_SECRETS_KEY / RATY_SECRETS_KEY_PREVIOUS)`);
  const raw = Buffer.from(m[2], 'base64');
  if (raw.length < 29) throw new Error('sealed value too short');
  const decipher = createDecipheriv('aes-256-gcm', k.key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('sealed value cannot be decrypted: wrong key or tampered value');
  }
}
