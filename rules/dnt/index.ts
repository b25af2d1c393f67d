import type { ClauseRule } from '../../engine/rule';
import doNotTrackSignals from './do-not-track-signals';

export const RULES: ClauseRule[] = [doNotTrackSignals];
