import { useState } from 'preact/hooks';
import type { Summary } from '../engine/types';

// The Markdown writer (engine/markdown.ts and its escaper) is fetched on the first click, not with the
// popup: the first screen does not need it, and a click waits for one small local file.
const loadExport = () => import('../lib/export-markdown');

export interface ExportButtonsProps {
  summary: Summary;
  analysedAt: string;
  /** The first screen's "what changed" line, when there is one: the export opens as the first screen does. */
  changed?: string;
  /** navigator.clipboard.writeText in the extension; injected so that tests can see what was copied. */
  copy: (text: string) => Promise<void>;
}

export function ExportButtons({ summary, analysedAt, changed, copy }: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const onCopy = async () => {
    let markdown: string;
    try {
      markdown = (await loadExport()).summaryMarkdown(summary, analysedAt, changed);
    } catch (error) {
      setStatus(`Could not write the Markdown: ${String(error)}`);
      return;
    }
    try {
      await copy(markdown);
      setStatus('Markdown copied.');
    } catch {
      setStatus('Could not copy: the browser refused clipboard access.');
    }
  };
  const onDownload = async () => {
    try {
      const { downloadText, markdownFileName, summaryMarkdown } = await loadExport();
      downloadText(
        document,
        markdownFileName(summary, analysedAt),
        summaryMarkdown(summary, analysedAt, changed),
      );
      setStatus('Download started.');
    } catch (error) {
      setStatus(`Could not write the Markdown: ${String(error)}`);
    }
  };
  return (
    <div class="export">
      <button type="button" onClick={onDownload}>
        Download .md
      </button>
      <button type="button" onClick={onCopy}>
        Copy Markdown
      </button>
      <p class="status small" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
