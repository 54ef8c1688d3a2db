import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Sql } from '../src/db/client.js';

/** Median / p95 of samples (ms unless stated). p95 = the ceil(0.95·n)-th smallest sample (nearest rank). */
export interface Stat {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function stat(samples: number[]): Stat {
  const xs = [...samples].sort((a, b) => a - b);
  if (!xs.length) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  const median = xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
  const p95 = xs[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
  return { n: xs.length, median: round(median), p95: round(p95), min: round(xs[0]), max: round(xs[xs.length - 1]) };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export interface Measure {
  id: string;
  title: string;
  /** the figure compared with the target, in `unit` */
  value: number | null;
  unit: string;
  target: string;
  /** true / false; null when not measurable (gap) */
  met: boolean | null;
  /** median / p95 etc. of the underlying samples */
  stats?: Record<string, Stat | number | string | boolean | null>;
  notes?: string[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  loadAvg: number[];
  os: string;
  node: string;
  postgres: string;
}

export async function machine(sql: Sql): Promise<Machine> {
  const [{ v }] = await sql<{ v: string }[]>`select version() as v`;
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    loadAvg: os.loadavg().map((x) => round(x, 2)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: v.split(',')[0],
  };
}

export interface Results {
  scale: string;
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  portfolio: Record<string, number>;
  measures: Measure[];
}

function fmt(x: number | null | undefined, unit = ''): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (Number.isInteger(x)) return unit ? `${x.toLocaleString('en')} ${unit}` : x.toLocaleString('en');
  const s = Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3);
  return unit ? `${s} ${unit}` : s;
}

export function toMarkdown(r: Results): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push(`# Raty performance results (scale: ${r.scale})`, '');
  lines.push(`Written by \`npm run bench${r.scale === 'full' ? '' : ` -- --scale=${r.scale}`}\` (packages/server/bench). Method of every measure: docs/performance.md.`, '');
  lines.push(`- run: ${r.startedAt} → ${r.finishedAt}`);
  lines.push(`- machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, load average at start ${m.loadAvg.join(' / ')} (shared machine)`);
  lines.push(`- ${m.os}, Node ${m.node}, ${m.postgres}`);
  lines.push(
    `- portfolio: ${Object.entries(r.portfolio)
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ')}`,
    '',
  );
  lines.push('| measure | figure | target | met |', '| --- | --- | --- | --- |');
  for (const x of r.measures) lines.push(`| ${x.title} | ${fmt(x.value, x.unit)} | ${x.target} | ${x.met === null ? 'n/a (gap)' : x.met ? 'yes' : '**no**'} |`);
  lines.push('');
  for (const x of r.measures) {
    lines.push(`## ${x.title}`, '');
    if (x.stats) {
      lines.push('| figure | n | median | p95 | min | max |', '| --- | --- | --- | --- | --- | --- |');
      const scalars: string[] = [];
      for (const [k, v] of Object.entries(x.stats)) {
        if (v && typeof v === 'object') lines.push(`| ${k} | ${v.n} | ${fmt(v.median)} | ${fmt(v.p95)} | ${fmt(v.min)} | ${fmt(v.max)} |`);
        else scalars.push(`- ${k}: ${typeof v === 'number' ? fmt(v) : String(v)}`);
      }
      lines.push('', ...scalars);
    }
    if (x.notes?.length) lines.push('', ...x.notes.map((n) => `> ${n}`));
    lines.push('');
  }
  return lines.join('\n');
}

export function writeResults(dir: string, r: Results): { md: string; json: string } {
  fs.mkdirSync(dir, { recursive: true });
  const md = path.join(dir, 'results.md');
  const json = path.join(dir, 'results.json');
  fs.writeFileSync(md, toMarkdown(r));
  fs.writeFileSync(json, JSON.stringify(r, null, 2) + '\n');
  return { md, json };
}
