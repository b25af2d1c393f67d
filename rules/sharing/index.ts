import type { ClauseRule } from '../../engine/rule';
import legalAndTransfer from './legal-and-transfer';
import thirdParties from './third-parties';

export const RULES: ClauseRule[] = [thirdParties, legalAndTransfer];
