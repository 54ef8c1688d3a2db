import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/integrations/mailer.js';
import { enqueue, registerWorker, registeredWorkers, unregisterWorker } from '../src/jobs/queue.js';
import { createTestDb } from './support/db.js';
import { startTestQueue, startTestSmtp, stopTestQueue, waitFor, type SmtpSandbox } from './support/sandboxes.js';

describe('mail over SMTP (nodemailer → SMTP sandbox)', () => {
  let smtp: SmtpSandbox;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it('delivers a mail with subject, recipient and body (Polish characters intact)', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Raty <no-reply@raty.local>' });
    try {
      const res = await mailer.send({ to: 'jan.kowalski@example.pl', subject: 'Przypomnienie o racie — 1 grudnia', text: 'Dzień dobry,\nrata 1 234,56 zł przypada 2026-12-01.' });
      expect(res.accepted).toEqual(['jan.kowalski@example.pl']);
      const [m] = smtp.messages();
      expect(m.envelope).toEqual({ from: 'no-reply@raty.local', to: ['jan.kowalski@example.pl'] });
      expect(m.to).toEqual(['jan.kowalski@example.pl']);
      expect(m.subject).toBe('Przypomnienie o racie — 1 grudnia');
      expect(m.text).toBe('Dzień dobry,\nrata 1 234,56 zł przypada 2026-12-01.');
      await mailer.send({ to: ['a@example.pl', 'b@example.pl'], subject: 'HTML', text: 'plain', html: '<p>Zażółć <b>gęślą</b></p>' });
      const second = smtp.messages()[1];
      expect(second.to).toEqual(['a@example.pl', 'b@example.pl']);
      expect(second.text).toBe('plain');
      expect(second.html).toBe('<p>Zażółć <b>gęślą</b></p>');
    } finally {
      mailer.close();
    }
  });
});

describe('job queue (pg-boss on the test database)', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    db = await createTestDb();
    await startTestQueue(db.url);
  });
  afterAll(async () => {
    await stopTestQueue();
    await db?.drop();
  });

  it('a registered worker processes a job', async () => {
    const seen: { n: number }[] = [];
    await registerWorker<{ n: number }>(
      'test-echo',
      async (job) => {
        seen.push(job.data);
      },
      { pollingIntervalSeconds: 0.5 },
    );
    expect(registeredWorkers()).toContain('test-echo');
    const id = await enqueue('test-echo', { n: 42 });
    expect(id).toBeTruthy();
    await waitFor(() => seen.length > 0, 10_000);
    expect(seen).toEqual([{ n: 42 }]);
    await expect(registerWorker('test-echo', async () => {})).rejects.toThrow(/already registered/);
    await unregisterWorker('test-echo');
  });

  it('a job that fails is retried and runs again', async () => {
    const attempts: number[] = [];
    await registerWorker<{ k: string }>(
      'test-flaky',
      async (job) => {
        attempts.push(job.retryCount);
        if (attempts.length === 1) throw new Error('transient failure');
      },
      { retryLimit: 2, retryDelay: 1, pollingIntervalSeconds: 0.5 },
    );
    const id = await enqueue('test-flaky', { k: 'x' });
    await waitFor(() => attempts.length >= 2, 15_000);
    expect(attempts).toEqual([0, 1]);
    await waitFor(async () => (await db.sql`select state from pgboss.job where id = ${id!}`)[0]?.state === 'completed', 5000);
    const [row] = await db.sql`select state, retry_count from pgboss.job where id = ${id!}`;
    expect(row).toMatchObject({ state: 'completed', retry_count: 1 });
    await unregisterWorker('test-flaky');
  });
});
