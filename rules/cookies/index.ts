import type { ClauseRule } from '../../engine/rule';
import trackingTechnologies from './tracking-technologies';

export const RULES: ClauseRule[] = [trackingTechnologies];
