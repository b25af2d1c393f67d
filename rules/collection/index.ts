import type { ClauseRule } from '../../engine/rule';
import informationIsCollected from './information-is-collected';
import weCollect from './we-collect';
import weUseInformation from './we-use-information';

export const RULES: ClauseRule[] = [weCollect, informationIsCollected, weUseInformation];
