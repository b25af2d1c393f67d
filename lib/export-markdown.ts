// What the popup's "Copy Markdown" and "Download .md" buttons produce. A blob URL and <a download> need no
// `downloads` permission.

import { toMarkdown } from '../engine/markdown';
import type { Summary } from '../engine/types';
import { hostOf, isoDay } from './format';

export function summaryMarkdown(summary: Summary, analysedAt: string, changed?: string): string {
  return toMarkdown(summary, isoDay(analysedAt), changed);
}

export function markdownFileName(summary: Summary, analysedAt: string): string {
  const host = hostOf(summary.source.url).replace(/[^a-z0-9.-]+/gi, '-') || 'policy';
  return `policylens-${host}-${isoDay(analysedAt)}.md`;
}

export function downloadText(doc: Document, fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not fetched the blob yet (seen in Chromium).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
