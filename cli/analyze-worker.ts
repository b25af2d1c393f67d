// A worker thread of `analyze DIR --jobs N`: takes file paths, answers with results, in the order asked.
// Messages sent before the engine has loaded wait in the port, so the first file can be sent at once.

import { parentPort } from 'node:worker_threads';
import { analyzeFile, type Format } from './analyze-file';

interface Job {
  index: number;
  file: string;
  format: Format;
  today: string;
}

parentPort?.on('message', ({ index, file, format, today }: Job) => {
  parentPort?.postMessage({ index, result: analyzeFile(file, format, today) });
});
