// Small display helpers shared by the popup and the options page.

import type { ScoreLine } from '../engine/types';

export type Tone = 'good' | 'bad' | 'mixed' | 'neutral';

/** Whether an answer helps or hurts the reader, from the points the rubric gave it. */
export function toneOf(line: ScoreLine | undefined): Tone {
  if (!line || line.max === 0) return 'neutral';
  if (line.points >= line.max) return 'good';
  if (line.points <= 0) return 'bad';
  return 'mixed';
}

export function formatDate(iso: string | number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The day part of an ISO timestamp, for the Markdown export and its file name. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
