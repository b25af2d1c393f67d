import type { ClauseRule } from '../../engine/rule';
import companyCollects from './company-collects';
import dataListItem from './data-list-item';
import firstPartyTracking from './first-party-tracking';
import informationIsCollected from './information-is-collected';
import listedUnderCollectionHeading from './listed-under-collection-heading';
import purposeListItem from './purpose-list-item';
import trackingDefined from './tracking-defined';
import weCollect from './we-collect';
import weUseInformation from './we-use-information';

export const RULES: ClauseRule[] = [
  weCollect,
  companyCollects,
  firstPartyTracking,
  informationIsCollected,
  weUseInformation,
  listedUnderCollectionHeading,
  purposeListItem,
  trackingDefined,
  dataListItem,
];
