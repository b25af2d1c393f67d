// Policy texts for the benchmarks, read at run time from ../shared/corpus/opp115-dev/policies (never copied
// into the project): each policy's segments joined as one text, and longer texts made by concatenating
// policies until a size is reached.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, readInput } from '../cli/read-input';

export const POLICIES_DIR = path.resolve(process.cwd(), '../shared/corpus/opp115-dev/policies');

export interface PolicyText {
  file: string;
  text: string;
}

export function loadPolicyTexts(dir: string = POLICIES_DIR): PolicyText[] {
  if (!existsSync(dir)) {
    throw new Error(
      `The shared corpus is missing: expected OPP-115 policies in ${dir}. ` +
        'Run `npm run bench` from the project root with ../shared/corpus/opp115-dev beside it.',
    );
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const policy = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        segments: Array<{ text: string }>;
      };
      return { file, text: policy.segments.map((s) => s.text).join('\n\n') };
    });
}

/** The first `chars` characters of the policies laid end to end (in file-name order). */
export function textOfSize(policies: PolicyText[], chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) {
    const next = policies[i % policies.length];
    if (!next) throw new Error('no policies to build a text from');
    text += `${text === '' ? '' : '\n\n'}${next.text}`;
  }
  return text.slice(0, chars);
}

export const MODERN_DIR = path.resolve(process.cwd(), '../shared/corpus/modern-dev/texts');

/** Today's policies (Markdown, as archived), read the way the CLI reads a file. */
export function loadModernTexts(dir: string = MODERN_DIR): PolicyText[] {
  if (!existsSync(dir)) {
    throw new Error(
      `The shared corpus is missing: expected today's policies in ${dir}. ` +
        'Run `npm run bench` from the project root with ../shared/corpus/modern-dev beside it.',
    );
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file) => {
      // A file the CLI refuses (one is only an image) is left out, as the CLI leaves it out of a run.
      try {
        return [{ file, text: readInput(path.join(dir, file)).text }];
      } catch (error) {
        if (error instanceof InputError) return [];
        throw error;
      }
    });
}

/** The text closest to `chars` characters long, whole (not a concatenation). */
export function closestInSize(texts: PolicyText[], chars: number): PolicyText {
  const [first, ...rest] = texts;
  if (!first) throw new Error('no texts to choose from');
  return rest.reduce(
    (best, p) => (Math.abs(p.text.length - chars) < Math.abs(best.text.length - chars) ? p : best),
    first,
  );
}
