import type { Answer, CategoryId, DataTypeId, Grade, QuestionId } from './ids';

/** A span of the analysed text, quoted as evidence. Offsets are into `AnalysedText.text`. */
export interface Quote {
  text: string;
  start: number;
  end: number;
}

export interface ClauseQuote extends Quote {
  rule: string;
}

/** Why an answer's evidence says what it says: kept so that a reader sees "may" and "unless…". */
export interface AnswerEvidence extends Quote {
  /** The id of the rule that decided this quote. */
  rule: string;
  /** The reason of the rule's pattern that matched ("share-with-ad-recipients"): shown as `rule#reason`. */
  reason?: string;
  /** What this sentence says on its own: yes or no for the question. */
  says: 'yes' | 'no';
  /** A hedge such as "may" or "might" on the deciding verb. */
  modal?: string;
  /** A condition that limits the practice: "unless required by law", "with your consent". */
  condition?: string;
  /** Weak evidence decides only when nothing stronger speaks to the question. */
  weak?: boolean;
  /** A narrow denial ("not for money") decides only when nothing broader speaks. */
  narrow?: boolean;
}

export interface AnswerResult {
  answer: Answer;
  evidence: AnswerEvidence[];
  /** Present when the policy says both yes and no: one quote for each side. */
  contradiction?: { yes: AnswerEvidence; no: AnswerEvidence };
}

export interface CategoryResult {
  mentioned: boolean;
  clauses: ClauseQuote[];
}

export interface DataTypeEvidence extends Quote {
  type: DataTypeId;
}

export interface ScoreLine {
  question: QuestionId;
  answer: Answer;
  points: number;
  max: number;
  reason: string;
}

export interface Summary {
  schema: 1;
  engine: string;
  rubric: string;
  source: { url?: string; file?: string; title?: string };
  analysedAt?: string;
  isPolicy: boolean;
  policyConfidence: number;
  /** Why the summary may not be trusted: not English, not a policy, text cut, too short. */
  warnings: string[];
  language: { english: boolean; confidence: number };
  /**
   * Whether the score and grade mean anything: false when the text does not read as an English privacy
   * policy. Then no view shows a grade ("Not graded"); `score` and `grade` stay for schema 1 only.
   */
  graded: boolean;
  score: number;
  grade: Grade;
  scoreLines: ScoreLine[];
  answers: Record<QuestionId, AnswerResult>;
  categories: Record<CategoryId, CategoryResult>;
  dataTypes: DataTypeId[];
  dataTypeEvidence: DataTypeEvidence[];
  stats: { words: number; sentences: number; ms: number; truncated: boolean; chars: number };
}
