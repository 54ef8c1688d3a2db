import { describe, expect, it } from 'vitest';
import { interestMethodRule } from './rules';

describe('interestMethodRule', () => {
  it('allows D and E with any calculation and F only with FRONTEND', () => {
    expect(interestMethodRule('D', 'SYSTEM')).toBeNull();
    expect(interestMethodRule('E', 'FRONTEND')).toBeNull();
    expect(interestMethodRule('F', 'FRONTEND')).toBeNull();
    expect(interestMethodRule('F', 'SYSTEM')).toBe('interestMethod.fRequiresFrontend');
  });
});
