import type { Logger } from 'pino';
import type { DbHandle, Sql, SqlHandle } from '../../db/client.js';
import { registerCronJob } from '../../jobs/queue.js';

/**
 * Data retention (docs/security.md § Data retention) — the rules that need no closure date yet. One transaction per
 * rule; each rule that removed something leaves one audit entry (actor SYSTEM, entity `retention`, after = counts).
 * The anonymisation of parties 5 years after the closure of their last loan needs `debtor_files.closed_at` and is not
 * implemented here.
 */
interface RetentionRule {
  name: string;
  describe: string;
  run: (tx: SqlHandle, now: Date) => Promise<number>;
}

const days = (now: Date, n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

const RETENTION_RULES: RetentionRule[] = [
  {
    name: 'expired-sessions',
    describe: 'staff and borrower sessions expired more than 1 day ago are deleted',
    run: async (tx, now) => (await tx`delete from sessions where expires_at < ${days(now, 1)}::timestamptz returning id`).length,
  },
  {
    name: 'login-guards',
    describe: 'guess counters of logins (login_guards) untouched for 2 days and not locked for a day are deleted',
    run: async (tx, now) =>
      (
        await tx`delete from login_guards where updated_at < ${days(now, 2)}::timestamptz
        and (locked_until is null or locked_until < ${days(now, 1)}::timestamptz) returning subject`
      ).length,
  },
  {
    name: 'sms-delivery-reports',
    describe: 'SMS delivery reports older than 2 years are deleted',
    run: async (tx, now) => (await tx`delete from sms_delivery_reports where received_at < ${days(now, 730)}::timestamptz returning id`).length,
  },
  {
    name: 'revoked-client-accounts',
    describe: 'client-zone accounts revoked more than 1 year ago are deleted (with their sessions)',
    run: async (tx, now) => {
      const gone = await tx<{ id: string }[]>`select id from client_accounts where revoked_at < ${days(now, 365)}::timestamptz`;
      if (!gone.length) return 0;
      const ids = gone.map((g) => g.id);
      await tx`delete from sessions where client_account_id = any(${ids}::uuid[])`;
      await tx`update online_payments set client_account_id = null where client_account_id = any(${ids}::uuid[])`;
      return (await tx`delete from client_accounts where id = any(${ids}::uuid[]) returning id`).length;
    },
  },
  {
    name: 'revoked-api-tokens',
    describe: 'API tokens revoked more than 1 year ago are deleted',
    run: async (tx, now) => (await tx`delete from api_tokens where revoked_at < ${days(now, 365)}::timestamptz returning id`).length,
  },
  {
    name: 'audit-log',
    describe: 'audit entries older than 6 years are deleted',
    run: async (tx, now) => (await tx`delete from audit_log where at < ${days(now, 6 * 365 + 2)}::timestamptz returning id`).length,
  },
];

export async function runRetention(sql: Sql, now = new Date()): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const rule of RETENTION_RULES) {
    out[rule.name] = await sql.begin(async (tx0) => {
      const tx = tx0;
      const n = await rule.run(tx, now);
      if (n > 0) {
        await tx`insert into audit_log (actor_type, actor_id, action, entity, entity_id, before, after, request_id)
          values ('SYSTEM', null, 'DELETE', 'retention', ${rule.name}, null, ${JSON.stringify({ deleted: n, rule: rule.describe })}::jsonb, 'job:retention')`;
      }
      return n;
    });
  }
  return out;
}

const RETENTION_QUEUE = 'retention';

/** Daily at 03:00 Europe/Warsaw (call from main.ts after the queue starts, like registerStrategyJobs). */
export async function registerRetentionJob(db: DbHandle, log: Logger): Promise<void> {
  await registerCronJob(
    RETENTION_QUEUE,
    '0 3 * * *',
    async () => {
      const r = await runRetention(db.sql);
      log.info({ retention: r }, 'retention job done');
    },
    { tz: 'Europe/Warsaw' },
  );
}
