import type { ClauseRule } from '../../engine/rule';
import actsOnOurBehalf from './acts-on-our-behalf';
import businessTransfer from './business-transfer';
import dataIsShared from './data-is-shared';
import legalDemands from './legal-demands';
import madePublic from './made-public';
import sharesWithRecipients from './shares-with-recipients';
import thirdPartyCollection from './third-party-collection';

export const RULES: ClauseRule[] = [
  sharesWithRecipients,
  dataIsShared,
  thirdPartyCollection,
  businessTransfer,
  legalDemands,
  madePublic,
  actsOnOurBehalf,
];
