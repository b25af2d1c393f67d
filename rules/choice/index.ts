import type { ClauseRule } from '../../engine/rule';
import askNotTo from './ask-not-to';
import objectToUse from './object-to-use';
import optOutAndConsent from './opt-out-and-consent';
import setPreferences from './set-preferences';

export const RULES: ClauseRule[] = [optOutAndConsent, askNotTo, objectToUse, setPreferences];
