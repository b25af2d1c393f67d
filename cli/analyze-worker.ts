// A worker thread of `analyze DIR --jobs N`: takes file paths, answers with results, in the order asked.

import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, type Format } from './analyze-file';

const { format, today } = workerData as { format: Format; today: string };

parentPort?.on('message', (message: { index: number; file: string }) => {
  parentPort?.postMessage({ index: message.index, result: analyzeFile(message.file, format, today) });
});
// Loaded (the engine and compromise): ask for the first file.
parentPort?.postMessage({ ready: true });
