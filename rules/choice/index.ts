import type { ClauseRule } from '../../engine/rule';
import optOutAndConsent from './opt-out-and-consent';

export const RULES: ClauseRule[] = [optOutAndConsent];
