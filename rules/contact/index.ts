import type { ClauseRule } from '../../engine/rule';
import contactChannels from './contact-channels';
import privacyQuestions from './privacy-questions';

export const RULES: ClauseRule[] = [privacyQuestions, contactChannels];
