import { pino } from 'pino';
import { startSmsapiSandbox, type SmsapiSandbox, type SmsapiSandboxOptions } from '../../src/integrations/smsapi-sandbox/server.js';
import { startSmtpSandbox, type SmtpSandbox } from '../../src/integrations/smtp-sandbox.js';
import { startQueue, stopQueue } from '../../src/jobs/queue.js';
import type { PgBoss } from 'pg-boss';

export type { SmsapiSandbox, SmtpSandbox };

/** A fresh SMSAPI sandbox on a random port (fast delivery by default); close it in afterAll. */
export function startTestSmsapi(opts: SmsapiSandboxOptions = {}): Promise<SmsapiSandbox> {
  return startSmsapiSandbox({ token: 'test-sms-token', deliveryDelayMs: 100, allowLoopbackAdmin: true, ...opts });
}

/** A fresh SMTP sandbox on a random port; close it in afterAll. */
export function startTestSmtp(): Promise<SmtpSandbox> {
  return startSmtpSandbox({ port: 0 });
}

/** Starts the pg-boss queue against a test database (see createTestDb); stop with `stopTestQueue`. */
export function startTestQueue(dbUrl: string): Promise<PgBoss> {
  return startQueue(dbUrl, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), { max: 3 });
}

export function stopTestQueue(): Promise<void> {
  return stopQueue(5000);
}

/** Polls `fn` until it returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(fn: () => T | Promise<T>, timeoutMs = 5000, stepMs = 25): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
