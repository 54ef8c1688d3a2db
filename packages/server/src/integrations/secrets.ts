import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { appConfig } from '../app-config.js';

/**
 * Integration secrets at rest: AES-256-GCM with a 32-byte key derived (scrypt, fixed salt) from the env string
 * RATY_SECRETS_KEY. Ciphertext format: `v1:<base64(iv[12] | tag[16] | ciphertext)>`; the AAD binds a ciphertext to
 * its field (e.g. `SMSAPI.smsToken`), so a value cannot be moved to another column and still decrypt.
 * In embedded/dev mode without RATY_SECRETS_KEY, a random key is generated once and persisted in a key file next to
 * the embedded database (see `initSecretsKey`).
 */
const SALT = 'raty/integration-secrets/v1';
const PREFIX = 'v1:';

let key: Buffer | undefined;
let keySource: string | undefined;

export function deriveSecretsKey(secret: string): Buffer {
  if (!secret) throw new Error('empty secrets key');
  return scryptSync(secret, SALT, 32, { N: 1 << 14, r: 8, p: 1 });
}

/**
 * Initialises the key: RATY_SECRETS_KEY (config.secretsKey) when set; otherwise, only when `keyFile` is given
 * (embedded/dev mode), the content of that file, created with a random value (mode 0600) on first use.
 */
export function initSecretsKey(opts: { secret?: string; keyFile?: string }): { source: string } {
  if (opts.secret) {
    key = deriveSecretsKey(opts.secret);
    keySource = 'RATY_SECRETS_KEY';
  } else if (opts.keyFile) {
    if (!fs.existsSync(opts.keyFile)) {
      fs.mkdirSync(path.dirname(opts.keyFile), { recursive: true });
      fs.writeFileSync(opts.keyFile, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
    }
    key = deriveSecretsKey(fs.readFileSync(opts.keyFile, 'utf8').trim());
    keySource = opts.keyFile;
  } else {
    throw new Error('RATY_SECRETS_KEY is not set');
  }
  return { source: keySource };
}

function currentKey(): Buffer {
  if (key) return key;
  const secret = appConfig().secretsKey ?? process.env.RATY_SECRETS_KEY;
  if (!secret) {
    throw new Error('RATY_SECRETS_KEY is not set: integration secrets cannot be encrypted or decrypted (see docs/integrations.md)');
  }
  initSecretsKey({ secret });
  return key!;
}

export function encryptSecret(plaintext: string, aad: string, withKey: Buffer = currentKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', withKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

export function decryptSecret(stored: string, aad: string, withKey: Buffer = currentKey()): string {
  if (!stored.startsWith(PREFIX)) throw new Error('unknown secret format');
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
  if (raw.length < 28) throw new Error('secret ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', withKey, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('integration secret cannot be decrypted: wrong RATY_SECRETS_KEY or tampered value');
  }
}
