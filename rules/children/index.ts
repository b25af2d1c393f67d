import type { ClauseRule } from '../../engine/rule';
import childrenAndMinors from './children-and-minors';

export const RULES: ClauseRule[] = [childrenAndMinors];
