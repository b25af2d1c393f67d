import type { ClauseRule } from '../../engine/rule';
import regionsAndTransfers from './regions-and-transfers';
import underRegionalHeading from './under-regional-heading';

export const RULES: ClauseRule[] = [regionsAndTransfers, underRegionalHeading];
