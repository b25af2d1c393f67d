// The command line over engine/ (CONTRACT.md §5, §7): analyze, diff, classify, eval.

import { runAnalyze } from './analyze';
import { runClassify } from './classify';
import { runDiff } from './diff';
import { runEval } from './eval-command';

const USAGE = `usage: policylens analyze FILE|DIR [--format json|markdown] [--jobs N]
       policylens diff OLD NEW [--format json|markdown]
       policylens classify --jsonl   (lines {"id","text"} on stdin)
       policylens eval DIR`;

import { UsageError } from './usage-error';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest);
    case 'diff':
      return runDiff(rest);
    case 'classify':
      return runClassify(rest);
    case 'eval':
      return runEval(rest);
    default:
      throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`policylens: ${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`policylens: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
