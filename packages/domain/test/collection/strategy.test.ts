import { describe, expect, it } from 'vitest';
import { dueStep, isPublicHoliday, sendDate, stepSkip, strategyIssues, type AddresseeFacts, type StrategyStep } from '../../src/collection/strategy.js';

const cond = { minOverdue: null, noPromisePending: true, notContactedDays: null, requireConsent: true, notDeparted: true };
const step = (key: string, offsetDays: number, channel: StrategyStep['channel'] = 'SMS', atTime: string | null = null): StrategyStep => ({
  key,
  offsetDays,
  channel,
  templateId: channel === 'PHONE_CALL' ? null : 't',
  mode: 'AUTO',
  atTime,
  conditions: cond,
  coDebtorsFromDpd: null,
});
const steps = [step('pre', -3), step('d1', 1), step('d7', 7, 'PHONE_CALL'), step('d14', 14, 'LETTER')];
const facts: AddresseeFacts = { overdue: '100.00', promisePending: false, daysSinceContact: null, contactsInPeriod: 0, consent: true, departed: false, hasAddress: true };

describe('strategy: the step due for an episode (issue 31)', () => {
  it('a step before the due date runs from its day until the due date', () => {
    const ep = { installment: 5, dueDate: '2026-12-10', country: 'PL' };
    expect(dueStep(steps, ep, '2026-12-06', new Set())).toBeNull();
    expect(dueStep(steps, ep, '2026-12-07', new Set())?.key).toBe('pre');
    expect(dueStep(steps, ep, '2026-12-07', new Set(['pre']))).toBeNull();
  });
  it('past due: the current position only, each step at most once per episode', () => {
    const ep = { installment: 5, dueDate: '2026-12-01', country: 'PL' };
    expect(dueStep(steps, ep, '2026-12-02', new Set())?.key).toBe('d1');
    expect(dueStep(steps, ep, '2026-12-05', new Set(['d1']))).toBeNull();
    expect(dueStep(steps, ep, '2026-12-08', new Set(['d1']))?.key).toBe('d7');
    // a file entering late is at its position: the letter, not the whole series
    expect(dueStep(steps, ep, '2026-12-20', new Set())?.key).toBe('d14');
  });
  it('a new episode (the next unpaid installment) starts the series again', () => {
    expect(dueStep(steps, { installment: 6, dueDate: '2027-01-01', country: 'PL' }, '2027-01-02', new Set())?.key).toBe('d1');
  });
});

describe('strategy: the send window', () => {
  it('PL and SK public holidays from date-holidays, observances are not days off', () => {
    expect(isPublicHoliday('2026-12-24', 'PL')).toBe(true);
    expect(isPublicHoliday('2026-09-01', 'PL')).toBe(false);
    expect(isPublicHoliday('2026-09-01', 'SK')).toBe(false);
    expect(isPublicHoliday('2026-08-29', 'SK')).toBe(true);
    expect(isPublicHoliday('2026-08-29', 'PL')).toBe(false);
  });
  it('an SMS due at 21:00 goes out at 08:00 the next working day (the next run)', () => {
    expect(sendDate('2026-12-09', '21:00', 'SMS', 'PL')).toBe('2026-12-10');
    // Saturday 21:00 → Sunday is no contact day → Monday
    expect(sendDate('2026-12-12', '21:00', 'SMS', 'PL')).toBe('2026-12-14');
    // 23 December 21:00 → 24, 25, 26 holidays, 27 Sunday → 28 December
    expect(sendDate('2026-12-23', '21:00', 'PHONE_CALL', 'PL')).toBe('2026-12-28');
    expect(sendDate('2026-12-09', '07:00', 'SMS', 'PL')).toBe('2026-12-09');
    expect(sendDate('2026-12-09', '19:59', 'SMS', 'PL')).toBe('2026-12-09');
    expect(sendDate('2026-12-09', '20:00', 'SMS', 'PL')).toBe('2026-12-10');
    // e-mails and letters are not held back
    expect(sendDate('2026-12-13', '21:00', 'EMAIL', 'PL')).toBe('2026-12-13');
  });
  it('the step due at 21:00 is executed by the next working day’s run', () => {
    const late = [step('late', 1, 'SMS', '21:00')];
    const ep = { installment: 1, dueDate: '2026-12-08', country: 'SK' };
    expect(dueStep(late, ep, '2026-12-09', new Set())).toBeNull();
    expect(dueStep(late, ep, '2026-12-10', new Set())?.key).toBe('late');
  });
});

describe('strategy: conditions and contact pressure', () => {
  it('skips in a fixed order', () => {
    expect(stepSkip(step('a', 1), facts)).toBeNull();
    expect(stepSkip(step('a', 1), { ...facts, departed: true })).toBe('DEPARTED');
    expect(stepSkip(step('a', 1), { ...facts, promisePending: true })).toBe('PROMISE_PENDING');
    expect(stepSkip(step('a', 1), { ...facts, consent: false })).toBe('NO_CONSENT');
    expect(stepSkip(step('a', 1, 'PHONE_CALL'), { ...facts, consent: false })).toBeNull();
    expect(stepSkip(step('a', 1, 'LETTER'), { ...facts, hasAddress: false })).toBe('NO_ADDRESS');
    expect(stepSkip({ ...step('a', 1), conditions: { ...cond, minOverdue: '100.01' } }, facts)).toBe('CONDITION_MIN_OVERDUE');
    expect(stepSkip({ ...step('a', 1), conditions: { ...cond, notContactedDays: 3 } }, { ...facts, daysSinceContact: 2 })).toBe('RECENTLY_CONTACTED');
  });
  it('at most 3 contacts per 7 days by default, settable', () => {
    expect(stepSkip(step('a', 1), { ...facts, contactsInPeriod: 2 })).toBeNull();
    expect(stepSkip(step('a', 1), { ...facts, contactsInPeriod: 3 })).toBe('CONTACT_LIMIT');
    expect(stepSkip(step('a', 1), { ...facts, contactsInPeriod: 3 }, { maxContacts: 5, perDays: 7, windowStart: '08:00', windowEnd: '20:00' })).toBeNull();
  });
  it('validation names the field and the rule', () => {
    expect(strategyIssues({ steps: [], segment: { outstandingFrom: null, outstandingTo: null, contractType: null } }).map((i) => i.field)).toEqual(['steps']);
    const bad = strategyIssues({ steps: [{ ...step('a', 1), templateId: null, atTime: '25:00' }, step('b', 1)], segment: { outstandingFrom: '10', outstandingTo: '5', contractType: null } });
    expect(bad.map((i) => `${i.field}:${i.rule}`)).toEqual(['steps[0].templateId:required', 'steps[0].atTime:format', 'steps[1].offsetDays:unique', 'segment.outstandingTo:range']);
  });
});
