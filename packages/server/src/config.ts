import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root (packages/server/{src,dist}/.. /..). */
export const repoRoot = path.resolve(here, '..', '..', '..');

export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  freshDb: boolean;
  seed: 'none' | 'small' | 'large';
  logLevel: string;
  webDist: string;
  cookieSecure: boolean;
  sessionTtlHours: number;
  /** 32-byte key (hex or base64) for encrypting integration secrets at rest. */
  secretsKey?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const seed = (env.RATY_SEED ?? 'small') as AppConfig['seed'];
  if (!['none', 'small', 'large'].includes(seed)) throw new Error(`RATY_SEED must be none, small or large (got ${seed})`);
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(repoRoot, env.RATY_DATA_DIR ?? '.data/pg'),
    embeddedPort: Number(env.RATY_PG_PORT ?? 0),
    freshDb: env.RATY_FRESH_DB === '1',
    seed,
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: path.resolve(repoRoot, env.RATY_WEB_DIST ?? 'packages/web/dist'),
    cookieSecure: env.COOKIE_SECURE === '1',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    secretsKey: env.RATY_SECRETS_KEY || undefined,
  };
}
