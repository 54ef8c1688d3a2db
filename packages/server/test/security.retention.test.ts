/**
 * Data retention job (src/modules/audit/retention.ts, docs/security.md § Data retention): deletes what is past its
 * retention period and nothing else, and audits each rule that removed something.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { createLoan } from './support/fixtures.js';
import { apiToken, borrowerSession, staffSession } from './support/faults.js';
import { runRetention } from '../src/modules/audit/retention.js';

let db: Awaited<ReturnType<typeof createTestDb>>;

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.drop();
});

describe('retention job', () => {
  it('deletes expired sessions, old delivery reports, long-revoked accounts/tokens and old audit entries — only those', async () => {
    const now = new Date('2026-11-25T03:00:00Z');
    const live = await staffSession(db.sql, ['SERVICING']);
    const old = await staffSession(db.sql, ['SERVICING']);
    await db.sql`update sessions set expires_at = '2026-11-20T00:00:00Z' where user_id = ${old.userId}`;
    const recent = await staffSession(db.sql, ['SERVICING']);
    await db.sql`update sessions set expires_at = '2026-11-24T12:00:00Z' where user_id = ${recent.userId}`; // < 1 day ago: kept
    const l1 = await createLoan(db);
    const l2 = await createLoan(db);
    const gone = await borrowerSession(db.sql, l1.partyId);
    const kept = await borrowerSession(db.sql, l2.partyId);
    await db.sql`update client_accounts set revoked_at = '2025-10-01T00:00:00Z' where id = ${gone.accountId}`;
    await db.sql`update client_accounts set revoked_at = '2026-10-01T00:00:00Z' where id = ${kept.accountId}`;
    const t1 = await apiToken(db.sql, 'ANALYST');
    const t2 = await apiToken(db.sql, 'PARTNER');
    await db.sql`update api_tokens set revoked_at = '2025-01-01T00:00:00Z' where id = ${t1.tokenId}`;
    await db.sql`update api_tokens set revoked_at = '2026-06-01T00:00:00Z' where id = ${t2.tokenId}`;
    await db.sql`insert into sms_delivery_reports (provider_id, status, raw, received_at) values ('old', 'DELIVERED', '{}', '2024-01-01T00:00:00Z'), ('new', 'DELIVERED', '{}', '2026-01-01T00:00:00Z')`;
    await db.sql`insert into audit_log (actor_type, action, entity, at) values ('SYSTEM', 'X', 'old', '2020-01-01T00:00:00Z'), ('SYSTEM', 'X', 'new', '2025-01-01T00:00:00Z')`;
    await db.sql`insert into login_guards (subject, attempts, updated_at, locked_until) values
      ('client:old', 3, '2026-11-20T00:00:00Z', null), ('client:recent', 3, '2026-11-24T12:00:00Z', null),
      ('client:long-locked', 0, '2026-11-20T00:00:00Z', '2026-11-26T00:00:00Z')`;

    const r = await runRetention(db.sql, now);
    expect(r).toEqual({ 'expired-sessions': 1, 'login-guards': 1, 'sms-delivery-reports': 1, 'revoked-client-accounts': 1, 'revoked-api-tokens': 1, 'audit-log': 1 });
    expect((await db.sql`select subject from login_guards order by subject`).map((x) => x.subject)).toEqual(['client:long-locked', 'client:recent']);
    expect(await db.sql`select 1 from sessions where user_id = ${live.userId}`).toHaveLength(1);
    expect(await db.sql`select 1 from sessions where user_id = ${recent.userId}`).toHaveLength(1);
    expect(await db.sql`select 1 from client_accounts where id = ${kept.accountId}`).toHaveLength(1);
    expect(await db.sql`select 1 from client_accounts where id = ${gone.accountId}`).toHaveLength(0);
    expect((await db.sql`select provider_id from sms_delivery_reports`).map((x) => x.provider_id)).toEqual(['new']);
    expect((await db.sql`select entity from audit_log where action = 'X'`).map((x) => x.entity)).toEqual(['new']);
    const audited = await db.sql`select entity_id from audit_log where entity = 'retention' order by entity_id`;
    expect(audited.map((a) => a.entity_id)).toEqual(['audit-log', 'expired-sessions', 'login-guards', 'revoked-api-tokens', 'revoked-client-accounts', 'sms-delivery-reports']);
    // idempotent: a second run removes nothing
    expect(Object.values(await runRetention(db.sql, now)).every((n) => n === 0)).toBe(true);
  });
});
