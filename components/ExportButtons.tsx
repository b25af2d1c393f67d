import { useState } from 'preact/hooks';
import type { Summary } from '../engine/types';
import { downloadText, markdownFileName, summaryMarkdown } from '../lib/export-markdown';

export interface ExportButtonsProps {
  summary: Summary;
  analysedAt: string;
  /** navigator.clipboard.writeText in the extension; injected so that tests can see what was copied. */
  copy: (text: string) => Promise<void>;
}

export function ExportButtons({ summary, analysedAt, copy }: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const onCopy = async () => {
    try {
      await copy(summaryMarkdown(summary, analysedAt));
      setStatus('Markdown copied.');
    } catch {
      setStatus('Could not copy: the browser refused clipboard access.');
    }
  };
  const onDownload = () => {
    downloadText(document, markdownFileName(summary, analysedAt), summaryMarkdown(summary, analysedAt));
    setStatus('Download started.');
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
