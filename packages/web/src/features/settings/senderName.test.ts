import { describe, expect, it } from 'vitest';
import { senderNameRules } from './senderName';

describe('senderNameRules', () => {
  it('accepts typical sender names and an empty one', () => {
    expect(senderNameRules('')).toEqual([]);
    expect(senderNameRules('Raty')).toEqual([]);
    expect(senderNameRules('Raty-24 PL')).toEqual([]);
  });
  it('flags length, characters, letters, phone numbers and digit runs', () => {
    expect(senderNameRules('RatyPozyczki')).toContain('sender.maxLength');
    expect(senderNameRules('Ratyż')).toContain('sender.chars');
    expect(senderNameRules('601234567')).toEqual(['sender.phoneNumber', 'sender.letter', 'sender.digits']);
    expect(senderNameRules('Raty1234')).toEqual(['sender.digits']);
  });
});
