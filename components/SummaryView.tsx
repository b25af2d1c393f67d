import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { findingsByImpact, topFindings } from '../engine/findings';
import { isGraded } from '../engine/score';
import type { Summary } from '../engine/types';
import { AnswerList } from './AnswerList';
import { CategoryList } from './CategoryList';
import { DataTypeList } from './DataTypeList';
import { GradeCard } from './GradeCard';
import type { ShowQuote } from './QuoteText';
import { ScoreReasons } from './ScoreReasons';
import { TopFindings } from './TopFindings';
import { Warnings } from './Warnings';
import { whenIdle } from './when-idle';

/** The longest the rest of the summary waits for an idle main thread. */
export const REST_WITHIN_MS = 200;

export interface SummaryViewProps {
  summary: Summary;
  analysedAt: string;
  fromCache?: boolean;
  onShowQuote?: ShowQuote | undefined;
  /** Rendered right under the top findings, on the first screen: the popup's Copy / Download buttons. */
  actions?: ComponentChildren;
  /** Rendered right under the grade card, on the first screen: the popup's "what changed" line. */
  change?: ComponentChildren;
}

/**
 * The whole summary, shared by the popup and the options page. The first screen (400 × 600 in the popup)
 * holds the grade, the findings that cost the most and the actions; everything else is one click away,
 * ordered by the points at stake.
 */
export function SummaryView({
  summary,
  analysedAt,
  fromCache,
  onShowQuote,
  actions,
  change,
}: SummaryViewProps) {
  // The first screen is rendered and painted first, the rest once the main thread is idle (200 ms later
  // at the latest): rendering and laying out sixteen answers and their quotes before the grade could show
  // cost the popup about a seventh of its opening time (bench/popup.ts). Right after the paint (an
  // effect), it held the main thread 10-30 ms (a scratch build's timeline) while whatever the person or
  // the browser asked next waited. `data-state` says "summary" once all of it is there.
  const [whole, setWhole] = useState(false);
  useEffect(() => whenIdle(() => setWhole(true), REST_WITHIN_MS), []);
  if (!summary.language.english) {
    // A grade of a text the engine cannot read would look authoritative and mean nothing.
    return (
      <div class="state" data-state="not-english">
        <h1>Not an English page</h1>
        <p>PolicyLens reads English policies for now, so it gives this page no grade.</p>
        <Warnings warnings={summary.warnings.filter((w) => !/english/i.test(w))} />
      </div>
    );
  }
  const graded = isGraded(summary);
  const byImpact = findingsByImpact(summary);
  return (
    <article
      class="summary"
      data-state={whole ? 'summary' : 'first-screen'}
      aria-busy={whole ? undefined : 'true'}
      data-grade={graded ? summary.grade : 'none'}
    >
      <div class="first-screen">
        <GradeCard summary={summary} analysedAt={analysedAt} fromCache={fromCache ?? false} />
        {change}
        {graded && <TopFindings findings={topFindings(summary)} />}
        {actions}
        <Warnings warnings={summary.warnings} />
      </div>
      {whole && (
        <>
          {graded ? <ScoreReasons findings={byImpact} score={summary.score} grade={summary.grade} /> : null}
          <AnswerList summary={summary} order={byImpact.map((f) => f.question)} onShowQuote={onShowQuote} />
          <DataTypeList types={summary.dataTypes} />
          <CategoryList summary={summary} onShowQuote={onShowQuote} />
        </>
      )}
    </article>
  );
}
