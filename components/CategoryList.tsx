import { CATEGORY_IDS } from '../engine/ids';
import { CATEGORY_LABELS } from '../engine/labels';
import type { Summary } from '../engine/types';
import { shownQuotes } from '../lib/evidence';
import { LazyDetails } from './LazyDetails';
import { QuoteText, type ShowQuote } from './QuoteText';

function sentences(n: number): string {
  return `${n} ${n === 1 ? 'sentence' : 'sentences'}`;
}

/** Each topic with how many sentences speak to it; its quotes open on demand, a few at a time. */
export function CategoryList({
  summary,
  onShowQuote,
}: {
  summary: Summary;
  onShowQuote?: ShowQuote | undefined;
}) {
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">Topics covered</h2>
      <ul class="categories">
        {CATEGORY_IDS.map((id) => {
          const { quotes, total } = shownQuotes(summary.categories[id].clauses);
          return (
            <li key={id} data-category={id}>
              {total === 0 ? (
                <div class="category-empty">
                  <span>{CATEGORY_LABELS[id]}</span>
                  <span class="count muted">not mentioned</span>
                </div>
              ) : (
                <LazyDetails
                  summary={
                    <>
                      <span>{CATEGORY_LABELS[id]}</span>
                      <span class="count">{sentences(total)}</span>
                    </>
                  }
                  body={() => (
                    <div class="category-body">
                      {quotes.map((clause) => (
                        <QuoteText
                          key={`${clause.start}-${clause.rule}`}
                          quote={clause}
                          onShow={onShowQuote}
                        />
                      ))}
                      {total > quotes.length && (
                        <p class="muted small">
                          {quotes.length} of {total} shown; the Markdown export lists up to 10.
                        </p>
                      )}
                    </div>
                  )}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
