import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

// RATY_DEMO_DATA chooses the demo data loaded on first start; RATY_SEED, its former name, keeps working.
describe('demo data setting', () => {
  it('defaults to the small demo data', () => {
    expect(loadConfig({}).demoData).toBe('small');
  });

  it('reads RATY_DEMO_DATA', () => {
    expect(loadConfig({ RATY_DEMO_DATA: 'none' }).demoData).toBe('none');
    expect(loadConfig({ RATY_DEMO_DATA: 'large' }).demoData).toBe('large');
  });

  it('accepts RATY_SEED as an alias; RATY_DEMO_DATA wins when both are set', () => {
    expect(loadConfig({ RATY_SEED: 'none' }).demoData).toBe('none');
    expect(loadConfig({ RATY_SEED: 'none', RATY_DEMO_DATA: 'large' }).demoData).toBe('large');
  });

  it('refuses other values, naming the variable that was set', () => {
    expect(() => loadConfig({ RATY_DEMO_DATA: 'huge' })).toThrow('RATY_DEMO_DATA must be none, small or large (got huge)');
    expect(() => loadConfig({ RATY_SEED: 'tiny' })).toThrow('RATY_SEED must be none, small or large (got tiny)');
  });
});
