import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cookbookTabs } from './cookbook';

// The bundled GraphiQL opens every question of docs/analytics.md as a saved tab (the server's test runs them all).
describe('GraphiQL cookbook tabs', () => {
  it('has one tab per cookbook question, each a named query', () => {
    const md = fs.readFileSync(new URL('../../../../docs/analytics.md', import.meta.url), 'utf8');
    const questions = [...md.matchAll(/^###\s+\d+\.\s+(.+)$/gm)].map((m) => m[1]);
    const tabs = cookbookTabs(md);
    expect(questions.length).toBeGreaterThanOrEqual(15);
    expect(tabs).toHaveLength(questions.length);
    tabs.forEach((t, i) => {
      expect(t.query).toContain(questions[i]);
      expect(t.query).toMatch(/\nquery \w+ \{/);
    });
    expect(cookbookTabs()).toEqual(tabs); // the bundled copy is the document
  });
});
