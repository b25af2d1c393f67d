import { useState } from 'preact/hooks';
import type { Quote } from '../engine/types';
import { conditionNote, shownHedge } from '../lib/evidence';

/** Shows a quote in the page; resolves to whether the page found it. */
export type ShowQuote = (text: string) => Promise<boolean>;

export interface QuoteProps {
  quote: Quote & { modal?: string; condition?: string };
  /** When given, the quote is a button that shows it in the page. */
  onShow?: ShowQuote | undefined;
}

type Status = 'idle' | 'found' | 'missing' | 'failed';

const STATUS_TEXT: Record<Status, string> = {
  idle: '',
  found: '',
  missing: 'Not found on the page as it is shown now.',
  failed: 'The page did not answer; reload it and try again.',
};

/** A sentence quoted from the policy, as text (never HTML), with the hedge and condition the engine saw. */
export function QuoteText({ quote, onShow }: QuoteProps) {
  const [status, setStatus] = useState<Status>('idle');
  const hedge = shownHedge(quote.modal);
  const notes = (
    <>
      {hedge && <span class="note">hedged: “{hedge}”</span>}
      {quote.condition && <span class="note">condition: {conditionNote(quote.condition, quote.text)}</span>}
    </>
  );
  if (!onShow) {
    return (
      <blockquote class="quote">
        <span>“{quote.text}”</span>
        {notes}
      </blockquote>
    );
  }
  const show = () => {
    setStatus('idle');
    onShow(quote.text).then(
      (found) => setStatus(found ? 'found' : 'missing'),
      () => setStatus('failed'),
    );
  };
  // The status sits right under the quote that was clicked, where the eye already is.
  return (
    <div class="quote-wrap">
      <button type="button" class="quote quote-link" title="Show this sentence in the page" onClick={show}>
        <span class="quote-text">“{quote.text}”</span>
        {notes}
      </button>
      <p class="quote-status small" role="status" aria-live="polite">
        {STATUS_TEXT[status]}
      </p>
    </div>
  );
}
