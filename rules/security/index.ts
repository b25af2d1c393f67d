import type { ClauseRule } from '../../engine/rule';

export const RULES: ClauseRule[] = [];
