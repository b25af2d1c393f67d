import type { ClauseRule } from '../../engine/rule';
import dataIsKept from './data-is-kept';

export const RULES: ClauseRule[] = [dataIsKept];
