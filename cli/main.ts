// The command line over engine/ (CONTRACT.md §5, §7): analyze, diff, classify, eval.

import { runAnalyze } from './analyze';
import { runClassify } from './classify';
import { runDiff } from './diff';
import { runEvalAnswers } from './eval-answers-command';
import { runEval } from './eval-command';

const USAGE = `usage: policylens analyze FILE|DIR [--format json|markdown] [--jobs N]
       policylens diff OLD NEW [--format json|markdown]
       policylens classify --jsonl   (lines {"id","text"} on stdin)
       policylens eval DIR [--slice all|dev|slice]
       policylens eval-answers DIR [--show] [--slice all|dev|slice]`;

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
    case 'eval-answers':
      return runEvalAnswers(rest);
    default:
      throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  }
}

// A reader that stops early (`| head`) closes the pipe: the run ends at once, quietly and with status 0,
// as other command-line tools end. Any other failure to write (a full disk) is one line and status 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE')
    process.stderr.write(`policylens: the output cannot be written (${error.code ?? error.message})\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});
// Nowhere left to report anything.
process.stderr.on('error', () => process.exit(1));

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
