import 'reflect-metadata';
import { loadConfig } from './config.js';
import { setAppConfig } from './app-config.js';
import { createLogger, setLogger } from './logger.js';
import { startEmbeddedPostgres, type EmbeddedDb } from './db/embedded.js';
import { connect } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { createApp } from './http/app.js';
import { ensureDatabase } from './db/admin.js';
import { loadDemoDataIfEmpty, DEMO_LOGINS } from './demo/index.js';
import { startIntegrations } from './integrations/bootstrap.js';
import { registerReminderJobs } from './modules/reminders/reminders.jobs.js';
import { registerRetentionJob } from './modules/audit/retention.js';
import { registerFileChangesPrune, registerNoticeSendWorker, registerNoticeTotalsCompaction } from './modules/collection/index.js';
import { registerDailyTick } from './modules/loans/daily-tick.js';
import { backfillAllocationEvents } from './modules/loans/backfill.js';

async function main() {
  const config = loadConfig();
  setAppConfig(config);
  const log = createLogger(config.logLevel);
  setLogger(log);

  let embedded: EmbeddedDb | undefined;
  let url = config.databaseUrl;
  if (!url) {
    log.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPort, fresh: config.freshDb });
    await ensureDatabase(embedded.url(), 'raty');
    url = embedded.url('raty');
  }
  const db = connect(url);
  await runMigrations(db.db);
  // data step of migration 0019 (allocation events of existing loans by replay; runs once, audited)
  const backfill = await backfillAllocationEvents(db.sql, { log });
  if (backfill.ran && backfill.loans) log.info(backfill, 'allocation events backfilled');
  if (config.demoData !== 'none') {
    const loaded = await loadDemoDataIfEmpty(db, { size: config.demoData, log });
    if (loaded) log.info(loaded, 'demo data loaded');
  }
  const integrations = await startIntegrations({ config, db, dbUrl: url, log });
  const app = await createApp({ config, db, log });
  integrations.setAppUrl(app.url);
  await registerReminderJobs(db, log.child({ component: 'reminders' }));
  await registerRetentionJob(db, log.child({ component: 'retention' }));
  await registerNoticeSendWorker(db, log.child({ component: 'notices-send' }));
  await registerDailyTick(db.sql, log.child({ component: 'daily-tick' }));
  await registerNoticeTotalsCompaction(db.sql, log.child({ component: 'notice-totals' }));
  await registerFileChangesPrune(db.sql, log.child({ component: 'file-changes' }));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await app.close();
      await integrations.stop();
      await db.close();
      if (embedded) await embedded.stop();
    } catch (err) {
      log.error({ err }, 'error during shutdown');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const lines = [
    '',
    `  Raty is running at ${app.url}`,
    `  GraphQL API: ${app.url}/graphql   GraphiQL: ${app.url}/graphiql`,
    ...integrations.lines,
    `  Demo logins (password "${DEMO_LOGINS.password}"):`,
    ...DEMO_LOGINS.users.map((u) => `    ${u.email.padEnd(24)} ${u.roles.join(', ')}`),
    `  admin@raty.demo also needs a TOTP code (two-factor authentication): add the secret`,
    `    ${DEMO_LOGINS.adminTotpSecret}  to an authenticator app (RFC 6238: SHA-1, 6 digits, 30 s)`,
    '  Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err) => {
   
  console.error(err);
  process.exit(1);
});
