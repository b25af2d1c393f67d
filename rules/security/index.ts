import type { ClauseRule } from '../../engine/rule';
import securitySafeguards from './security-safeguards';

export const RULES: ClauseRule[] = [securitySafeguards];
