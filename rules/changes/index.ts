import type { ClauseRule } from '../../engine/rule';
import policyMayChange from './policy-may-change';

export const RULES: ClauseRule[] = [policyMayChange];
