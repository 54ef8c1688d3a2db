import { describe, expect, it } from 'vitest';
import { normaliseSmsText, smsLength } from './sms';

describe('SMS counter (mirror of @raty/domain)', () => {
  it('counts parts like the domain', () => {
    expect(smsLength('').parts).toBe(0);
    expect(smsLength('a'.repeat(160)).parts).toBe(1);
    expect(smsLength('a'.repeat(161)).parts).toBe(2);
    expect(smsLength('a'.repeat(306)).parts).toBe(2);
    expect(smsLength('a'.repeat(307)).parts).toBe(3);
    expect(smsLength('€'.repeat(80)).parts).toBe(1);
    expect(smsLength('€'.repeat(81)).parts).toBe(2);
    expect(smsLength(`${'a'.repeat(152)}€${'a'.repeat(152)}`).parts).toBe(3);
  });
  it('replaces Polish letters and removes other characters', () => {
    const n = normaliseSmsText('Zażółć „gęślą” jaźń 🙂');
    expect(n.text).toBe('Zazolc gesla jazn ');
    expect(n.removed.map((r) => r.char)).toEqual(['„', '”', '🙂']);
    expect(smsLength('Dzień dobry, zaległości na kartotece GOK 544 w kwocie 420,00. Prośba o szybkie uregulowanie').characters).toBe(91);
  });
});
