import { CATEGORY_IDS } from '../engine/ids';
import { CATEGORY_LABELS } from '../engine/labels';
import type { Summary } from '../engine/types';
import { QuoteText } from './QuoteText';

export function CategoryList({
  summary,
  onShowQuote,
}: {
  summary: Summary;
  onShowQuote?: ((text: string) => void) | undefined;
}) {
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">Topics covered</h2>
      <ul class="categories">
        {CATEGORY_IDS.map((id) => {
          const { clauses } = summary.categories[id];
          return (
            <li key={id} data-category={id}>
              {clauses.length === 0 ? (
                <div class="category-empty">
                  <span>{CATEGORY_LABELS[id]}</span>
                  <span class="count muted">not mentioned</span>
                </div>
              ) : (
                <details>
                  <summary>
                    <span>{CATEGORY_LABELS[id]}</span>
                    <span class="count">
                      {clauses.length} {clauses.length === 1 ? 'clause' : 'clauses'}
                    </span>
                  </summary>
                  {clauses.map((clause) => (
                    <QuoteText key={`${clause.start}-${clause.rule}`} quote={clause} onShow={onShowQuote} />
                  ))}
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
