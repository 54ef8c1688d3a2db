import { describe, expect, it } from 'vitest';
import {
  canDeleteNotice,
  canEditNotice,
  noticeEditability,
  canSendNotice,
  checkSingleConsentedMobile,
  consentedMobile,
  deleteNoticeIssues,
  editNoticeIssues,
  isDeparted,
  noticeConsentIssues,
  noticeItemAmount,
  noticeTotals,
  promiseOutcome,
  selectItemsForReason,
  sendNoticeIssues,
  settlementStatus,
  validateContact,
  validateContacts,
  type NoticeItem,
  type NoticeLike,
  type PaymentAllocation,
  type SettlementItem,
} from '../../src/collection/index.js';

const item = (id: string, dueDate: string, overdue = '0.00', future = '0.00'): NoticeItem => ({
  id,
  kindCode: 'GOK',
  year: Number(dueDate.slice(0, 4)),
  installmentNo: Number(id),
  dueDate,
  overdueBalance: overdue,
  futureBalance: future,
  overpaymentBalance: '0.00',
});

describe('selectItemsForReason around the creation date 2026-03-23', () => {
  const items = [item('1', '2026-03-22'), item('2', '2026-03-23'), item('3', '2026-03-24')];
  it('OVERDUE: due the day before only (due < creation)', () => {
    expect(selectItemsForReason('OVERDUE', '2026-03-23', items).map((i) => i.id)).toEqual(['1']);
  });
  it('UPCOMING: due the same day or later', () => {
    expect(selectItemsForReason('UPCOMING', '2026-03-23', items).map((i) => i.id)).toEqual(['2', '3']);
  });
  it('OTHER: all', () => {
    expect(selectItemsForReason('OTHER', '2026-03-23', items).map((i) => i.id)).toEqual(['1', '2', '3']);
  });
  it('accepts a timestamp as creation date (date part)', () => {
    expect(selectItemsForReason('OVERDUE', '2026-03-23T10:40:57Z', items).map((i) => i.id)).toEqual(['1']);
  });
  it('sums items exactly (seed screen: 3 × 140,00 overdue = 420,00; 9 × 140,00 future = 1 260,00)', () => {
    const all = [
      ...['01', '02', '03'].map((m, i) => item(String(i + 1), `2026-${m}-20`, '140.00')),
      ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m, i) => item(String(i + 4), `2026-${m}-20`, '0.00', '140.00')),
    ];
    expect(noticeTotals(all)).toEqual({ overdueBalance: '420.00', futureBalance: '1260.00', overpaymentBalance: '0.00', total: '1680.00' });
    expect(noticeItemAmount({ overdueBalance: '0.10', futureBalance: '0.20' })).toBe('0.30'); // no float error
  });
});

describe('settlementStatus (payments dated on/after the notice creation date)', () => {
  const items: SettlementItem[] = [
    { id: 'a', amountDue: '140.00' },
    { id: 'b', amountDue: '140.00' },
  ];
  const pay = (itemId: string, paymentDate: string, amount: string, reversed = false): PaymentAllocation => ({ itemId, paymentDate, amount, reversed });

  it('UNSETTLED without payments, or with payments only before the notice', () => {
    expect(settlementStatus('2026-03-23', items, [])).toBe('UNSETTLED');
    expect(settlementStatus('2026-03-23', items, [pay('a', '2026-03-22', '140.00'), pay('b', '2026-03-01', '140.00')])).toBe('UNSETTLED');
  });
  it('payments on the creation day count', () => {
    expect(settlementStatus('2026-03-23', items, [pay('a', '2026-03-23', '140.00'), pay('b', '2026-03-23', '140.00')])).toBe('SETTLED');
  });
  it('PARTIALLY_SETTLED when some but not all is covered', () => {
    expect(settlementStatus('2026-03-23', items, [pay('a', '2026-03-25', '140.00')])).toBe('PARTIALLY_SETTLED');
    expect(settlementStatus('2026-03-23', items, [pay('a', '2026-03-25', '0.01')])).toBe('PARTIALLY_SETTLED');
    // a payment before the notice does not complete the coverage
    expect(settlementStatus('2026-03-23', items, [pay('a', '2026-03-22', '140.00'), pay('b', '2026-03-24', '140.00')])).toBe('PARTIALLY_SETTLED');
  });
  it('SETTLED when every item is fully covered (several payments, overpayment allowed)', () => {
    expect(settlementStatus('2026-03-23', items, [pay('a', '2026-03-24', '100.00'), pay('a', '2026-03-30', '40.00'), pay('b', '2026-04-01', '200.00')])).toBe('SETTLED');
  });
  it('ignores payments to other items and reversed payments; nets reversal bookings', () => {
    expect(settlementStatus('2026-03-23', items, [pay('x', '2026-03-24', '999.00')])).toBe('UNSETTLED');
    expect(settlementStatus('2026-03-23', items, [pay('a', '2026-03-24', '140.00', true)])).toBe('UNSETTLED');
    expect(settlementStatus('2026-03-23', items, [pay('a', '2026-03-24', '140.00'), pay('a', '2026-03-26', '-140.00')])).toBe('UNSETTLED');
  });
});

describe('promiseOutcome', () => {
  const items: SettlementItem[] = [{ id: 'a', amountDue: '280.00' }];
  const paid = (paymentDate: string, amount = '280.00'): PaymentAllocation[] => [{ itemId: 'a', paymentDate, amount }];

  it('PENDING before (and on) the promise date without full payment', () => {
    expect(promiseOutcome('2026-03-31', items, [], '2026-03-25')).toBe('PENDING');
    expect(promiseOutcome('2026-03-31', items, paid('2026-03-26', '100.00'), '2026-03-31')).toBe('PENDING');
  });
  it('KEPT when fully paid by the promise date (even early, and on the date itself)', () => {
    expect(promiseOutcome('2026-03-31', items, paid('2026-03-26'), '2026-03-27')).toBe('KEPT');
    expect(promiseOutcome('2026-03-31', items, paid('2026-03-31'), '2026-04-10')).toBe('KEPT');
  });
  it('BROKEN after the date without full payment; a late payment does not repair it', () => {
    expect(promiseOutcome('2026-03-31', items, [], '2026-04-01')).toBe('BROKEN');
    expect(promiseOutcome('2026-03-31', items, paid('2026-04-01'), '2026-04-05')).toBe('BROKEN');
    expect(promiseOutcome('2026-03-31', items, paid('2026-03-30', '279.99'), '2026-04-01')).toBe('BROKEN');
  });
  it('ignores payments not yet known as of asOf and, with `since`, payments before the notice', () => {
    expect(promiseOutcome('2026-03-31', items, paid('2026-03-30'), '2026-03-29')).toBe('PENDING');
    expect(promiseOutcome('2026-03-31', items, paid('2026-03-20'), '2026-04-02', { since: '2026-03-23' })).toBe('BROKEN');
  });
  describe('with a promised amount (issue 31: "promise 500 PLN by D")', () => {
    const pay = (paymentDate: string, amount: string, reversed = false) => ({ paymentDate, amount, reversed });
    const o = (payments: ReturnType<typeof pay>[], asOf: string) => promiseOutcome('2026-03-31', items, [], asOf, { since: '2026-03-23', amount: '500.00', payments });
    it('KEPT when the payments from the notice to D reach the amount (items ignored), also in two parts', () => {
      expect(o([pay('2026-03-31', '500.00')], '2026-04-05')).toBe('KEPT');
      expect(o([pay('2026-03-24', '200.00'), pay('2026-03-30', '300.00')], '2026-03-30')).toBe('KEPT');
    });
    it('PENDING before D with less paid; BROKEN after D with 499.99 or a late / reversed / earlier payment', () => {
      expect(o([pay('2026-03-24', '499.99')], '2026-03-31')).toBe('PENDING');
      expect(o([pay('2026-03-24', '499.99')], '2026-04-01')).toBe('BROKEN');
      expect(o([pay('2026-04-01', '500.00')], '2026-04-02')).toBe('BROKEN');
      expect(o([pay('2026-03-25', '500.00', true)], '2026-04-02')).toBe('BROKEN');
      expect(o([pay('2026-03-22', '500.00')], '2026-04-02')).toBe('BROKEN');
    });
    it('refuses a promised amount that is not > 0', () => {
      expect(() => promiseOutcome('2026-03-31', items, [], '2026-03-25', { amount: '0.00', payments: [] })).toThrow(/promise amount/);
    });
  });
});

describe('notice edit / delete / send rules', () => {
  const unsentSms: NoticeLike = { channel: 'SMS', reason: 'OVERDUE', sentAt: null, phone: '600700800', text: 'Zaleglosc' };
  const sentSms: NoticeLike = { ...unsentSms, sentAt: '2026-03-23T10:00:00Z', sendState: { status: 'SENT', providerMessageId: 'x', sentAt: '2026-03-23T10:00:00Z', deliveryStatus: 'DELIVERED' } };

  it('a sent SMS: items, text, phone and template locked, note editable', () => {
    expect(canEditNotice(sentSms)).toBe(false);
    expect(canEditNotice(sentSms, 'note')).toBe(true);
    expect(noticeEditability(sentSms)).toEqual({ items: false, refreshItems: false, text: false, phone: false, template: false, promiseDate: true, note: true });
    expect(editNoticeIssues(sentSms, ['note'])).toEqual([]);
    expect(editNoticeIssues(sentSms, ['text', 'items']).map((i) => i.rule)).toEqual(['notice.sentNotEditable', 'notice.sentNotEditable']);
  });
  it('unsent SMS and other channels are editable', () => {
    expect(canEditNotice(unsentSms)).toBe(true);
    expect(canEditNotice({ ...sentSms, channel: 'EXTERNAL_SMS' }, 'items')).toBe(true);
    expect(noticeEditability({ channel: 'PHONE_CALL', reason: 'OTHER' })).toMatchObject({ items: true, text: true, promiseDate: false });
    expect(editNoticeIssues({ channel: 'PHONE_CALL', reason: 'OTHER' }, ['promiseDate']).map((i) => i.rule)).toEqual(['notice.promiseOnlyOverdue']);
  });
  it('a queued/sending SMS is locked too', () => {
    expect(canEditNotice({ ...unsentSms, sendState: { status: 'QUEUED' } })).toBe(false);
    expect(canEditNotice({ ...unsentSms, sendState: { status: 'FAILED', failure: { reason: 'no points', retryable: true } } })).toBe(true);
  });
  it('only unsent notices can be deleted', () => {
    expect(canDeleteNotice(unsentSms)).toBe(true);
    expect(canDeleteNotice(sentSms)).toBe(false);
    expect(deleteNoticeIssues(sentSms)).toMatchObject([{ rule: 'notice.deleteSent' }]);
    expect(canDeleteNotice({ channel: 'PHONE_CALL', reason: 'OTHER' })).toBe(true);
  });
  it('sending: SMS channel, not sent, phone and text, not departed, integration active', () => {
    expect(canSendNotice(unsentSms)).toBe(true);
    expect(sendNoticeIssues(sentSms).map((i) => i.rule)).toEqual(['notice.alreadySent']);
    expect(sendNoticeIssues({ ...unsentSms, channel: 'EXTERNAL_SMS' }).map((i) => i.rule)).toEqual(['notice.channelNotSms']);
    expect(sendNoticeIssues({ ...unsentSms, phone: '', text: ' ' }).map((i) => `${i.field}:${i.rule}`)).toEqual(['phone:required', 'text:required']);
    expect(sendNoticeIssues({ ...unsentSms, phone: '222555666' }).map((i) => i.rule)).toEqual(['phone.plMobile']);
    expect(sendNoticeIssues({ ...unsentSms, phone: '222555666' }, { requireMobilePrefix: false })).toEqual([]);
    expect(sendNoticeIssues({ ...unsentSms, departed: true }).map((i) => i.rule)).toEqual(['party.departed']);
    expect(sendNoticeIssues(unsentSms, { integrationActive: false }).map((i) => i.rule)).toEqual(['sms.integrationInactive']);
  });
});

describe('consent and departed parties', () => {
  it('at most one consented mobile per party', () => {
    const contacts = [
      { type: 'MOBILE' as const, value: '600700800', smsConsent: true },
      { type: 'EMAIL' as const, value: 'a@b.pl', smsConsent: true },
      { type: 'MOBILE' as const, value: '500600700', smsConsent: false },
      { type: 'MOBILE' as const, value: '510600700', smsConsent: true },
    ];
    expect(checkSingleConsentedMobile(contacts)).toEqual([
      {
        field: 'contacts[3].smsConsent',
        rule: 'sms.consentTaken',
        message: 'A party may have only one mobile number with SMS consent',
        params: { messagePl: 'Kontrahent może mieć wskazany tylko jeden numer telefonu komórkowego oznaczony zgodą na otrzymywanie powiadomień.' },
      },
    ]);
    expect(checkSingleConsentedMobile(contacts.slice(0, 3))).toEqual([]);
    expect(consentedMobile(contacts)).toBe('600700800');
  });
  it('validates contacts', () => {
    expect(validateContact({ type: 'MOBILE', value: '+48 600-700-800', smsConsent: true })).toEqual({ ok: true, value: { type: 'MOBILE', value: '600700800', note: null, smsConsent: true } });
    expect(validateContact({ type: 'HOME', value: '89 123 45 67', smsConsent: true })).toMatchObject({ ok: false, issues: [{ rule: 'sms.consentType' }] });
    expect(validateContact({ type: 'MOBILE', value: '12345', smsConsent: false })).toMatchObject({ ok: false, issues: [{ rule: 'phone.format' }] });
    const r = validateContacts([
      { type: 'MOBILE', value: '600700800', smsConsent: true },
      { type: 'MOBILE', value: '600700801', smsConsent: true },
    ]);
    expect(r).toMatchObject({ ok: false, issues: [{ rule: 'sms.consentTaken' }] });
  });
  it('departed = date of death or bankruptcy set', () => {
    expect(isDeparted({})).toBe(false);
    expect(isDeparted({ dateOfDeath: null, bankruptcyDate: null })).toBe(false);
    expect(isDeparted({ dateOfDeath: '2025-12-01' })).toBe(true);
    expect(isDeparted({ bankruptcyDate: '2025-12-01' })).toBe(true);
  });
  it('consent check on saving an SMS notice', () => {
    expect(noticeConsentIssues({}, [{ type: 'MOBILE', value: '222555666', smsConsent: true }])).toEqual([]);
    expect(noticeConsentIssues({}, [{ type: 'MOBILE', value: '600700800', smsConsent: false }]).map((i) => i.rule)).toEqual(['sms.noConsent']);
    expect(noticeConsentIssues({ dateOfDeath: '2026-01-01' }, [{ type: 'MOBILE', value: '600700800', smsConsent: true }]).map((i) => i.rule)).toEqual(['party.departed']);
  });
});
