import { describe, expect, it } from 'vitest';
import {
  applySendEvent,
  canCheckDeliveryStatus,
  FINAL_SMSAPI_STATUSES,
  INITIAL_SEND_STATE,
  isFinalDeliveryStatus,
  nextSendState,
  SMSAPI_STATUS_NAMES,
  smsapiStatusFromCode,
  type NoticeSendState,
} from '../../src/collection/index.js';
import { ValidationError } from '../../src/validators/index.js';

describe('SMSAPI statuses', () => {
  it('lists the statuses with final ones', () => {
    for (const s of ['QUEUE', 'ACCEPTED', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'EXPIRED', 'REJECTED', 'UNKNOWN', 'STOP', 'RENEWAL', 'DRAFT']) {
      expect(SMSAPI_STATUS_NAMES).toContain(s);
    }
    expect([...FINAL_SMSAPI_STATUSES].sort()).toEqual(['DELIVERED', 'EXPIRED', 'FAILED', 'REJECTED', 'STOP', 'UNDELIVERED', 'UNKNOWN']);
    expect(isFinalDeliveryStatus('DELIVERED')).toBe(true);
    expect(isFinalDeliveryStatus('ACCEPTED')).toBe(false);
    expect(smsapiStatusFromCode(404)).toBe('DELIVERED');
    expect(smsapiStatusFromCode(409)).toBe('QUEUE');
    expect(smsapiStatusFromCode(999)).toBeNull();
  });
});

describe('send state machine', () => {
  const sent = (): NoticeSendState => {
    let s = applySendEvent(INITIAL_SEND_STATE, { type: 'QUEUE' });
    s = applySendEvent(s, { type: 'START' });
    return applySendEvent(s, { type: 'ACCEPTED', providerMessageId: 'abc', sentAt: '2026-03-23T10:00:00Z' });
  };

  it('DRAFT → QUEUED → SENDING → SENT → delivery statuses', () => {
    const s = sent();
    expect(s).toEqual({ status: 'SENT', providerMessageId: 'abc', sentAt: '2026-03-23T10:00:00Z', deliveryStatus: 'QUEUE', deliveryStatusAt: '2026-03-23T10:00:00Z' });
    const s2 = applySendEvent(s, { type: 'DELIVERY', status: 'ACCEPTED', at: 't1' });
    const s3 = applySendEvent(s2, { type: 'DELIVERY', status: 'DELIVERED', at: 't2' });
    expect(s3).toMatchObject({ status: 'SENT', deliveryStatus: 'DELIVERED', deliveryStatusAt: 't2' });
    expect(canCheckDeliveryStatus(s2)).toBe(true);
    expect(canCheckDeliveryStatus(s3)).toBe(false);
  });

  it('ignores older and post-final reports', () => {
    const s = applySendEvent(sent(), { type: 'DELIVERY', status: 'SENT' });
    expect(nextSendState(s, { type: 'DELIVERY', status: 'ACCEPTED' })).toEqual({ ok: true, state: s, changed: false });
    const d = applySendEvent(s, { type: 'DELIVERY', status: 'DELIVERED' });
    expect(nextSendState(d, { type: 'DELIVERY', status: 'UNDELIVERED' })).toEqual({ ok: true, state: d, changed: false });
    expect(nextSendState(d, { type: 'DELIVERY', status: 'DELIVERED' })).toMatchObject({ ok: true, changed: false });
  });

  it('a notice is never sent twice', () => {
    const s = sent();
    expect(nextSendState(s, { type: 'QUEUE' })).toMatchObject({ ok: false, issue: { rule: 'notice.alreadySent' } });
    expect(nextSendState({ status: 'SENDING' }, { type: 'QUEUE' })).toMatchObject({ ok: false, issue: { rule: 'notice.alreadySent' } });
    expect(() => applySendEvent(s, { type: 'QUEUE' })).toThrow(ValidationError);
  });

  it('FAILED with a reason; re-queue only when retryable', () => {
    const f = applySendEvent({ status: 'SENDING' }, { type: 'FAIL', reason: 'Timeout', retryable: false });
    expect(f).toEqual({ status: 'FAILED', failure: { reason: 'Timeout', retryable: false } });
    expect(nextSendState(f, { type: 'QUEUE' })).toMatchObject({ ok: false, issue: { rule: 'send.notRetryable' } });
    const r = applySendEvent({ status: 'QUEUED' }, { type: 'FAIL', reason: 'Integration inactive', retryable: true });
    expect(nextSendState(r, { type: 'QUEUE' })).toEqual({ ok: true, state: { status: 'QUEUED' }, changed: true });
  });

  it('abort returns queued notices to DRAFT only', () => {
    expect(applySendEvent({ status: 'QUEUED' }, { type: 'ABORT' })).toEqual({ status: 'DRAFT' });
    expect(nextSendState({ status: 'SENDING' }, { type: 'ABORT' })).toMatchObject({ ok: false, issue: { rule: 'send.illegalTransition', params: { from: 'SENDING', event: 'ABORT' } } });
  });

  it('rejects other illegal transitions', () => {
    expect(nextSendState(INITIAL_SEND_STATE, { type: 'START' }).ok).toBe(false);
    expect(nextSendState(INITIAL_SEND_STATE, { type: 'DELIVERY', status: 'DELIVERED' }).ok).toBe(false);
    expect(nextSendState({ status: 'QUEUED' }, { type: 'ACCEPTED', providerMessageId: 'x', sentAt: 't' }).ok).toBe(false);
    expect(nextSendState({ status: 'SENDING' }, { type: 'ACCEPTED', providerMessageId: '', sentAt: 't' })).toMatchObject({ ok: false, issue: { rule: 'send.missingProviderId' } });
    expect(nextSendState(sent(), { type: 'FAIL', reason: 'x', retryable: true }).ok).toBe(false);
    expect(nextSendState(sent(), { type: 'DELIVERY', status: 'BOGUS' as never })).toMatchObject({ ok: false, issue: { rule: 'send.unknownStatus' } });
  });
});
