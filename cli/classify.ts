// `classify --jsonl`: {"id","text"} lines on stdin → {"id","categories"} lines on stdout, in order.

import { createInterface } from 'node:readline';
import { classifyPassage } from '../rules/engine';
import { UsageError } from './usage-error';

export async function runClassify(args: string[]): Promise<number> {
  if (!args.includes('--jsonl')) throw new UsageError('classify reads JSON lines: pass --jsonl');
  let failed = 0;
  let line = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    const parsed = parseLine(raw);
    if (!parsed) {
      process.stderr.write(`policylens: stdin line ${line}: not a {"id","text"} JSON object\n`);
      failed++;
      continue;
    }
    out.push(JSON.stringify({ id: parsed.id, categories: classifyPassage(parsed.text) }));
    if (out.length >= 256) flush();
  }
  flush();
  return failed > 0 ? 1 : 0;
}

function parseLine(raw: string): { id: unknown; text: string } | null {
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { id, text } = value as { id?: unknown; text?: unknown };
    if (typeof text !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return null;
    return { id, text };
  } catch {
    return null;
  }
}
