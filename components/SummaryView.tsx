import { isGraded } from '../engine/score';
import type { Summary } from '../engine/types';
import { AnswerList } from './AnswerList';
import { CategoryList } from './CategoryList';
import { DataTypeList } from './DataTypeList';
import { GradeCard } from './GradeCard';
import { ScoreReasons } from './ScoreReasons';
import { Warnings } from './Warnings';

export interface SummaryViewProps {
  summary: Summary;
  analysedAt: string;
  fromCache?: boolean;
  onShowQuote?: ((text: string) => void) | undefined;
}

/** The whole summary, shared by the popup and the options page. */
export function SummaryView({ summary, analysedAt, fromCache, onShowQuote }: SummaryViewProps) {
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
  return (
    <article class="summary" data-state="summary" data-grade={isGraded(summary) ? summary.grade : 'none'}>
      <GradeCard summary={summary} analysedAt={analysedAt} fromCache={fromCache ?? false} />
      <Warnings warnings={summary.warnings} />
      {isGraded(summary) ? <ScoreReasons lines={summary.scoreLines} /> : null}
      <AnswerList summary={summary} onShowQuote={onShowQuote} />
      <DataTypeList types={summary.dataTypes} />
      <CategoryList summary={summary} onShowQuote={onShowQuote} />
    </article>
  );
}
