import type { AnswerRule } from '../../engine/rule';

export const ANSWER_RULES: AnswerRule[] = [];
