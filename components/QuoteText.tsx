import type { Quote } from '../engine/types';

export interface QuoteProps {
  quote: Quote & { modal?: string; condition?: string };
  /** When given, the quote is a button that shows it in the page. */
  onShow?: ((text: string) => void) | undefined;
}

/** A sentence quoted from the policy, as text (never HTML), with the hedge and condition the engine saw. */
export function QuoteText({ quote, onShow }: QuoteProps) {
  const notes = (
    <>
      {quote.modal && <span class="note">hedged: “{quote.modal}”</span>}
      {quote.condition && <span class="note">condition: {quote.condition}</span>}
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
  return (
    <button
      type="button"
      class="quote"
      title="Show this sentence in the page"
      onClick={() => onShow(quote.text)}
    >
      <span>“{quote.text}”</span>
      {notes}
    </button>
  );
}
