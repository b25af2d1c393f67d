// Answer rules, one folder per question of CONTRACT.md §2.

import type { AnswerRule } from '../../engine/rule';
import { ANAPHORIC_DATA, NARROWING, pattern } from '../lexicon';
import changeNeedsConsent from './change-notice/change-needs-consent';
import checkThisPage from './change-notice/check-this-page';
import noticeUnderChangesHeading from './change-notice/notice-under-changes-heading';
import notifyOfChanges from './change-notice/notify-of-changes';
import postedOnThisPage from './change-notice/posted-on-this-page';
import ageLimit from './collects-from-children/age-limit';
import collectsFromChildren from './collects-from-children/collects-from-children';
import collectsNone from './collects-personal-data/collects-none';
import companyCollectsPersonalData from './collects-personal-data/company-collects-personal-data';
import gathersAboutYou from './collects-personal-data/gathers-about-you';
import informationYouProvide from './collects-personal-data/information-you-provide';
import weCollectPersonalData from './collects-personal-data/we-collect-personal-data';
import deleteAccount from './data-deletion/delete-account';
import erasureAmongRights from './data-deletion/erasure-among-rights';
import dntRequestsUnderHeading from './do-not-track/dnt-requests-under-heading';
import honoursDnt from './do-not-track/honours-dnt';
import honoursPreferenceSignals from './do-not-track/honours-preference-signals';
import signalStopsTracking from './do-not-track/signal-stops-tracking';
import crossBorder from './international-transfer/cross-border';
import transferFramework from './international-transfer/transfer-framework';
import legalProcess from './legal-disclosure/legal-process';
import cannotOptOut from './opt-out/cannot-opt-out';
import optOut from './opt-out/opt-out';
import keptIndefinitely from './retention-period/kept-indefinitely';
import notKeptBeyond from './retention-period/not-kept-beyond';
import retentionLimit from './retention-period/retention-limit';
import securityMeasures from './security-measures/security-measures';
import saleUnderStateLaw from './sells-data/sale-under-state-law';
import sellsPersonalData from './sells-data/sells-personal-data';
import onlyServiceProviders from './shares-with-third-parties/only-service-providers';
import othersMarketToYou from './shares-with-third-parties/others-market-to-you';
import sharesForAdvertising from './shares-with-third-parties/shares-for-advertising';
import sharesWithOthers from './shares-with-third-parties/shares-with-others';
import targetedAds from './targeted-advertising/targeted-ads';
import noThirdPartyTracking from './third-party-tracking/no-third-party-tracking';
import othersCollectAboutYou from './third-party-tracking/others-collect-about-you';
import thirdPartiesTrack from './third-party-tracking/third-parties-track';
import accessAndCorrect from './user-access/access-and-correct';
import noAccess from './user-access/no-access';
import cookiesOnYourDevice from './uses-cookies/cookies-on-your-device';
import hasCookiePolicy from './uses-cookies/has-cookie-policy';
import noCookies from './uses-cookies/no-cookies';
import usesCookies from './uses-cookies/uses-cookies';

const RULES: AnswerRule[] = [
  weCollectPersonalData,
  companyCollectsPersonalData,
  collectsNone,
  informationYouProvide,
  gathersAboutYou,
  sellsPersonalData,
  saleUnderStateLaw,
  sharesWithOthers,
  othersMarketToYou,
  sharesForAdvertising,
  onlyServiceProviders,
  thirdPartiesTrack,
  othersCollectAboutYou,
  noThirdPartyTracking,
  usesCookies,
  noCookies,
  cookiesOnYourDevice,
  hasCookiePolicy,
  targetedAds,
  collectsFromChildren,
  ageLimit,
  legalProcess,
  securityMeasures,
  accessAndCorrect,
  noAccess,
  deleteAccount,
  erasureAmongRights,
  optOut,
  cannotOptOut,
  retentionLimit,
  notKeptBeyond,
  keptIndefinitely,
  notifyOfChanges,
  changeNeedsConsent,
  checkThisPage,
  postedOnThisPage,
  noticeUnderChangesHeading,
  crossBorder,
  transferFramework,
  honoursDnt,
  dntRequestsUnderHeading,
  honoursPreferenceSignals,
  signalStopsTracking,
];

// Every denial may be narrow, whatever its question: the narrowing phrases are how denials are written.
const NARROWED_BY = NARROWING.map((source) => pattern(String.raw`\b${source}\b`));
// …and a denial of the data the sentence before named says nothing, whatever its question.
const SAYS_NOTHING_WHEN = ANAPHORIC_DATA.map(pattern);

export const ANSWER_RULES: AnswerRule[] = RULES.map((rule) => ({
  ...rule,
  narrowedBy: [...NARROWED_BY, ...(rule.narrowedBy ?? [])],
  deniedSaysNothingWhen: SAYS_NOTHING_WHEN,
}));
