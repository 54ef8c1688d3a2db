/**
 * The cookbook of docs/analytics.md as data: each `### N. Question` heading with the first ```graphql block under it.
 * Used by the test that runs every query (test/docs.analytics.test.ts) and by the bundled GraphiQL, which opens each
 * as a saved example (packages/web/src/graphiql).
 */
export interface CookbookQuery {
  title: string;
  query: string;
}

export function cookbookQueries(markdown: string): CookbookQuery[] {
  const out: CookbookQuery[] = [];
  const re = /^###\s+\d+\.\s+(.+?)\s*$([\s\S]*?)(?=^###\s|^##\s|(?![\s\S]))/gm;
  for (const m of markdown.matchAll(re)) {
    const block = /```graphql\n([\s\S]*?)```/.exec(m[2]);
    if (block) out.push({ title: m[1], query: block[1].trim() + '\n' });
  }
  return out;
}
