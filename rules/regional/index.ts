import type { ClauseRule } from '../../engine/rule';
import regionsAndTransfers from './regions-and-transfers';

export const RULES: ClauseRule[] = [regionsAndTransfers];
