// The command line of CONTRACT.md §5, run as a person runs it, on fixtures written here.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/cli');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'cli/launch.mjs'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('analyze', () => {
  test('one text file: one JSON summary, exit 0', () => {
    const { code, stdout } = run(['analyze', join(FIXTURES, 'a-policy.txt')]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.schema).toBe(1);
    expect(summary.answers['sells-data'].answer).toBe('no');
  });

  test('an HTML page is reduced to its main text', () => {
    const { code, stdout } = run(['analyze', join(FIXTURES, 'd-page.html')]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.source.title).toBe('Acme privacy');
    expect(summary.answers['shares-with-third-parties'].answer).toBe('yes');
    expect(JSON.stringify(summary)).not.toContain('Copyright');
  });

  test('a page that is not a policy: the JSON says graded false, the Markdown "Not graded"', () => {
    const shop = join(ROOT, 'tests/fixtures/ordinary/shop-product.html');
    const json = run(['analyze', shop]);
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout);
    expect([summary.isPolicy, summary.graded]).toEqual([false, false]);
    expect(summary.grade).toMatch(/^[A-E]$/);
    const md = run(['analyze', shop, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('**Not graded**');
    expect(md.stdout).not.toMatch(/\*\*Grade [A-E]\*\*|\/100/);
  });

  test('a .md file is read as Markdown: titled by its heading, no link targets or tags in quotes', () => {
    const { code, stdout } = run(['analyze', join(ROOT, 'tests/fixtures/markdown/policy.md')]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.source.title).toBe('Acme Privacy Policy');
    expect(summary.isPolicy).toBe(true);
    const quotes: string[] = Object.values(
      summary.answers as Record<string, { evidence: Array<{ text: string }> }>,
    )
      .flatMap((a) => a.evidence)
      .map((q) => q.text);
    expect(quotes.length).toBeGreaterThan(5);
    expect(quotes.filter((q) => /\]\(|<br|!\[|https?:/.test(q))).toEqual([]);
  });

  test('a .md file of images alone: one line naming it, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylens-md-'));
    const file = join(dir, 'logo-only.md');
    writeFileSync(file, '![Acme](data:image/png;base64,iVBORw0KGgo=)\n');
    const { code, stdout, stderr } = run(['analyze', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      `policylens: ${JSON.stringify(file)}: has no readable text (only images or markup)`,
    );
  });

  test('markdown format', () => {
    const { code, stdout } = run(['analyze', join(FIXTURES, 'a-policy.txt'), '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# PolicyLens summary/);
    expect(stdout).toContain('| Sells your data | no |');
  });

  test.each([
    ['--jobs', '1'],
    ['--jobs', '2'],
  ])('a directory goes on past bad files, in file-name order (%s %s)', (flag, jobs) => {
    const { code, stdout, stderr } = run(['analyze', FIXTURES, flag, jobs]);
    expect(code).toBe(1);
    const files = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).source.file);
    expect(files.map((f: string) => f.split('/').pop())).toEqual(['a-policy.txt', 'd-page.html']);
    expect(stderr).toMatch(/b-empty\.txt": is empty/);
    expect(stderr).toMatch(/c-binary\.txt": is binary/);
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  test('a missing file: one line naming it, exit 1', () => {
    const { code, stderr } = run(['analyze', join(FIXTURES, 'nope.txt')]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('nope.txt');
  });

  test.each([[['analyze']], [['analyze', 'x', '--format', 'pdf']], [['frobnicate']], [[]]])(
    'usage error %j exits 2',
    (args) => expect(run(args).code).toBe(2),
  );
});

describe('classify --jsonl', () => {
  test('one line out per line in, in order', () => {
    const input = [
      { id: 'a', text: 'We use cookies and web beacons.' },
      { id: 2, text: 'Our site is not directed to children under 13.' },
      { id: 'c', text: 'The weather was fine.' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = run(['classify', '--jsonl'], input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c']);
    expect(lines[0].categories).toContain('cookies');
    expect(lines[1].categories).toContain('children');
    expect(lines[2].categories).toEqual([]);
  });

  test('a bad line is reported and the others still classified', () => {
    const { code, stdout, stderr } = run(
      ['classify', '--jsonl'],
      'not json\n{"id":"x","text":"We use cookies."}\n',
    );
    expect(code).toBe(1);
    expect(stderr).toContain('line 1');
    expect(JSON.parse(stdout.trim()).id).toBe('x');
  });

  test('without --jsonl it is a usage error', () => expect(run(['classify']).code).toBe(2));
});

describe('eval', () => {
  test('a folder without policies/ is an error naming it', () => {
    const { code, stderr } = run(['eval', FIXTURES]);
    expect(code).toBe(1);
    expect(stderr).toContain('no policies/');
  });
});
