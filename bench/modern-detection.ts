// Policy detection on today's policies (../shared/corpus/modern-dev/texts/*.md), read the way the command
// line reads them. Every fourth file by name (index % 4 == 3) is the held-out slice: its rate is printed,
// its misses are not (rules tuned on what the slice shows would measure nothing). Shared by the test in
// tests/shared/ and `npx tsx bench/modern-detection.ts` (add --show-slice only once tuning is over).

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeArgsOf, InputError, readInput } from '../cli/read-input';
import { analyze } from '../rules/engine';

export const MODERN_DIR = path.resolve(process.cwd(), '../shared/corpus/modern-dev/texts');

/**
 * Files of the corpus that are not English privacy policies, each read and judged by hand (on the dev
 * part only; the slice's are judged once tuning is over). They are left out of the rate, and the test
 * checks that they stay what they were judged to be.
 */
export const NOT_POLICIES: Record<string, string> = {
  Aetna: 'terms and conditions of a text-alert service (its gold file says so too)',
  Airbnb: 'a log-in page: the policy never rendered',
  CNN_International: 'a hub of links to the policies of each country, in several languages',
  Chrome_and_Chrome_OS: 'one line: the notice is no longer available',
  Hygraph: 'the title alone: the policy never rendered',
  Jeeng: "three lines pointing to another company's policy",
  Kbin: 'community rules and terms of use under the title "Privacy policy"',
  Rakuten: 'in French',
  Scalingo: 'the title of a data processing agreement, nothing else',
  Swiss_Post: 'a hub of links to its several privacy notices',
  TIME: "a publisher's home page",
  Tchap: 'in French',
  Telegram: 'in German',
  // Of the held-out slice, judged once tuning was over (its misses were read then, not before).
  TousAntiCovid: 'an image alone (a base64 logo), no text',
};

export interface Detection {
  name: string;
  slice: boolean;
  isPolicy: boolean;
  confidence: number;
  english: boolean;
  reasons: string[];
  /** Every quote of the summary: answers' evidence and categories' clauses. */
  quotes: string[];
}

export function detectModern(dir: string = MODERN_DIR): Detection[] {
  if (!existsSync(dir)) {
    throw new Error(
      `${dir} is missing: the modern-policy detection figures read ../shared/corpus/modern-dev beside the project root.`,
    );
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return files.map((file, index) => {
    const name = file.replace(/\.md$/, '');
    const slice = index % 4 === 3;
    let input: ReturnType<typeof readInput>;
    try {
      input = readInput(path.join(dir, file));
    } catch (error) {
      // A file with no readable text (an image alone) is no policy the engine could have found.
      if (!(error instanceof InputError)) throw error;
      return {
        name,
        slice,
        isPolicy: false,
        confidence: 0,
        english: false,
        reasons: [error.message],
        quotes: [],
      };
    }
    const { source, options } = analyzeArgsOf(file, input);
    const summary = analyze(input.text, source, undefined, options);
    return {
      name,
      slice,
      isPolicy: summary.isPolicy,
      confidence: summary.policyConfidence,
      english: summary.language.english,
      reasons: summary.warnings,
      quotes: [
        ...Object.values(summary.answers).flatMap((a) => a.evidence),
        ...Object.values(summary.categories).flatMap((c) => c.clauses),
      ].map((q) => q.text),
    };
  });
}

export interface Rate {
  detected: number;
  total: number;
  rate: number;
  missed: string[];
}

export function rate(rows: Detection[]): Rate {
  const policies = rows.filter((r) => !(r.name in NOT_POLICIES));
  const missed = policies.filter((r) => !r.isPolicy).map((r) => r.name);
  const detected = policies.length - missed.length;
  return { detected, total: policies.length, rate: detected / Math.max(1, policies.length), missed };
}

if (process.argv[1] && /modern-detection\.ts$/.test(process.argv[1])) {
  const rows = detectModern();
  const showSlice = process.argv.includes('--show-slice');
  for (const [label, part] of [
    ['dev', rows.filter((r) => !r.slice)],
    ['slice', rows.filter((r) => r.slice)],
  ] as const) {
    const r = rate(part);
    console.log(`${label}: ${r.detected}/${r.total} detected (${(r.rate * 100).toFixed(1)}%)`);
    if (label === 'dev' || showSlice) for (const name of r.missed) console.log(`  missed ${name}`);
  }
  const judged = rows.filter((r) => r.name in NOT_POLICIES);
  for (const r of judged)
    console.log(`  not a policy: ${r.name} (isPolicy ${r.isPolicy}): ${NOT_POLICIES[r.name]}`);
}
