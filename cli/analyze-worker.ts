// A worker thread of `analyze DIR --jobs N`: reads files and reduces HTML to text (cli/read-input.ts), and
// hands the text to the main thread, which analyses. Splitting the work by stage rather than by file means
// each piece of code is compiled by one thread only: on two cores, two threads each warming up the whole
// engine cost more than they saved. Messages sent before the worker has loaded wait in its port.

import { parentPort } from 'node:worker_threads';
import { readFile } from './analyze-file-read';

parentPort?.on('message', ({ index, file }: { index: number; file: string }) => {
  parentPort?.postMessage({ index, read: readFile(file) });
});
