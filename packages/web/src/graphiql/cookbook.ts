// The cookbook of docs/analytics.md as saved GraphiQL tabs: each `### N. Question` with the first ```graphql block
// under it (the same rule as packages/server/src/modules/analytics/cookbook.ts, whose test runs every query).
import cookbookMarkdown from '../../../../docs/analytics.md?raw';

export interface CookbookTab {
  query: string;
}

export function cookbookTabs(markdown: string = cookbookMarkdown): CookbookTab[] {
  const out: CookbookTab[] = [];
  const re = /^###\s+(\d+)\.\s+(.+?)\s*$([\s\S]*?)(?=^###\s|^##\s|(?![\s\S]))/gm;
  for (const m of markdown.matchAll(re)) {
    const block = /```graphql\n([\s\S]*?)```/.exec(m[3]);
    if (block) out.push({ query: `# ${m[1]}. ${m[2]} (docs/analytics.md)\n${block[1].trim()}\n` });
  }
  return out;
}
