// Keeps the rule registry honest (after Refined GitHub's features.test.ts): every file under rules/ is a
// registered rule whose id is its file name, ids are unique, and every rule carries enough examples.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reasonOf, regexOf } from '../../engine/rule';
import { ANSWER_RULES, CLAUSE_RULES } from '../../rules';

const RULES_DIR = join(__dirname, '../../rules');
const ENGINE_BINDING = join(RULES_DIR, 'engine.ts');
const ALL = [...CLAUSE_RULES, ...ANSWER_RULES];

function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // rules/lexicon holds the vocabularies the rules share, not rules.
    if (statSync(path).isDirectory()) return name === 'lexicon' ? [] : ruleFiles(path);
    // index.ts files list rules; rules/engine.ts binds the engine to them.
    return name.endsWith('.ts') && name !== 'index.ts' && path !== ENGINE_BINDING ? [path] : [];
  });
}

const files = ruleFiles(RULES_DIR);

describe('rule registry', () => {
  test('has rules', () => expect(ALL.length).toBeGreaterThan(10));

  test('ids are unique', () => {
    const ids = ALL.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each(files.map((f) => [relative(RULES_DIR, f), f]))(
    '%s is registered under its file name',
    async (_, file) => {
      const mod = (await import(file)) as { default: { id: string; patterns: RegExp[] } };
      expect(mod.default.id).toBe(basename(file, '.ts'));
      // The registry may add shared data to a rule (answer rules get the narrowing vocabulary), so the
      // registered rule is the file's by its id and its own patterns.
      expect(ALL.find((r) => r.id === mod.default.id)?.patterns).toBe(mod.default.patterns);
    },
  );

  test('every registered rule has a file', () => {
    const names = new Set(files.map((f) => basename(f, '.ts')));
    expect(ALL.map((r) => r.id).filter((id) => !names.has(id))).toEqual([]);
  });

  test('clause rules live in the folder of their category', async () => {
    for (const file of files) {
      const mod = (await import(file)) as { default: (typeof ALL)[number] };
      const folder = basename(join(file, '..'));
      if (mod.default.kind === 'clause') expect(folder).toBe(mod.default.category);
      else expect(folder).toBe(mod.default.question);
    }
  });

  test.each(ALL.map((r) => [r.id, r]))('%s has enough examples and stateless patterns', (_, rule) => {
    const positives =
      rule.kind === 'clause' ? rule.examples.match : [...rule.examples.yes, ...rule.examples.no];
    expect(positives.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.noMatch.length).toBeGreaterThanOrEqual(1);
    // A global or sticky RegExp keeps state between calls and would skip matches.
    for (const p of [...rule.patterns.map(regexOf), ...(rule.unless ?? [])])
      expect(p.flags).not.toMatch(/[gy]/);
  });

  // Every answer pattern says why it matched, so that each piece of evidence reads `rule#reason`.
  test.each(ANSWER_RULES.map((r) => [r.id, r]))(
    '%s gives each pattern a kebab-case reason of its own',
    (_, rule) => {
      const reasons = rule.patterns.map(reasonOf);
      for (const reason of reasons) expect(reason).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      // Neighbours may share one: they are the parts of one pattern cut under the size cap.
      const distinct = reasons.filter((r, i) => r !== reasons[i - 1]);
      expect(new Set(distinct).size).toBe(distinct.length);
    },
  );
});

describe('the engine takes its rules', () => {
  test('no file of engine/ imports rules/', () => {
    const engineDir = join(__dirname, '../../engine');
    const importers = readdirSync(engineDir).filter((f) =>
      /from '\.\.\/rules/.test(readFileSync(join(engineDir, f), 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});
