import { defineAnswerRule } from '../../../engine/rule';
import { NOT_PERSONAL_DATA, OPT_OUT_CONTEXT, pattern } from '../../lexicon';
import {
  DEFINITION_OF_SALE_OR_SHARING,
  RIGHTS_DESCRIBED,
  SHARING_NOT_COUNTED,
  STATE_LAW_SCHEME,
  TRANSFER_FRAMEWORK,
} from '../../lexicon/disclaimers';

// Personal data given to third parties in general terms ("we may share your information with third parties
// in the following circumstances"); denials ("we do not share it with third parties") say no. Such general
// statements do not say whose purposes the data serves, so they are weak evidence: others-market-to-you
// decides when the policy says. Service providers working for the company are not third parties here.
export default defineAnswerRule({
  id: 'shares-with-others',
  question: 'shares-with-third-parties',
  says: 'yes',
  weak: true,
  // "If you opt out, we will not disclose it to partners for personalised offers": until then, it does.
  affirmedBy: [pattern(OPT_OUT_CONTEXT)],
  // "We do not sell or share your data in exchange for money or other valuable consideration" denies a sale,
  // one kind of handing over.
  narrowedBy: [/\bin exchange for (?:monetary|money|valuable|other valuable|anything of value)\b/i],
  patterns: [
    // One pattern cut in two at its opening list, under the size cap: the same reason joins the parts, and
    // the leftmost match among them wins, as in the single pattern (matchRule in engine/rule.ts).
    {
      re: /\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|provide|provides)\b[^.;]{0,80}\b(?:with|to)\s+(?:any\s+of\s+)?(?:any\s+|an?\s+)?(?:our\s+|selected\s+|select\s+|trusted\s+|certain\s+|other\s+|unaffiliated\s+|non-?affiliated\s+|carefully\s+screened\s+|outside\s+|business\s+|marketing\s+|advertising\s+)*(?:third[- ]part(?:y|ies)|partners|advertisers|marketers|sponsors|other (?:companies|businesses|organi[sz]ations)|companies|anyone|outside parties)\b/i,
      reason: 'share-with-third-parties',
    },
    {
      re: /\b(?:transfer|transfers|make available|release|reveal|reveals|give|pass|furnish)\b[^.;]{0,80}\b(?:with|to)\s+(?:any\s+of\s+)?(?:any\s+|an?\s+)?(?:our\s+|selected\s+|select\s+|trusted\s+|certain\s+|other\s+|unaffiliated\s+|non-?affiliated\s+|carefully\s+screened\s+|outside\s+|business\s+|marketing\s+|advertising\s+)*(?:third[- ]part(?:y|ies)|partners|advertisers|marketers|sponsors|other (?:companies|businesses|organi[sz]ations)|companies|anyone|outside parties)\b/i,
      reason: 'share-with-third-parties',
    },
  ],
  unless: [
    // Processors: "we rely on third parties to process credit card transactions and must share payment
    // information with them".
    /\b(?:on our behalf|service providers?|perform(?:ing)? services|acting for us|(?:who|that|which) (?:help|helps|assist|assists) us)\b|\bthird[- ]part(?:y|ies) (?:\w+ ){0,2}?to (?:process|handle|host|deliver|perform)\b|\b(?:payment|credit card) process(?:ors?|ing)\b/i,
    // Aggregate or anonymous data is not personal data; descriptions of what the law asks of "such
    // businesses" (California's Shine the Light) are not the company's practice.
    NOT_PERSONAL_DATA,
    /\bstatistical\b/i,
    STATE_LAW_SCHEME,
    TRANSFER_FRAMEWORK,
    ...RIGHTS_DESCRIBED,
    // Features the person uses to share ("we provide features that allow you to connect with third-party
    // apps") are what the user directs (CONTRACT.md §2), not the company's sharing.
    /\b(?:allow|allows|let|lets|enable|enables) you to (?:connect|link|share|send|post|publish)\b/i,
    // A disclaimer of liability denies the liability, not the sharing: "we are not responsible for data we
    // share with a third party through a connection you authorised".
    /\b(?:not|n't) (?:be )?(?:responsible|liable)\b/i,
    // The person sharing, or asking us to send their data on (portability), is their own act.
    /\b(?:you|users?|individuals?|someone) (?:\w+ ){0,3}?(?:share|shares|disclose|provide)\b(?! with us)|\brequest that we (?:share|transmit|send|transfer)\b/i,
    // Sharing the person asks for or agrees to is consent, which the contract does not count as sharing.
    /\b(?:whenever|if|when|where|once) you (?:consent|direct|agree|authori[sz]e|instruct)\b|\bwith your (?:express |explicit |prior |affirmative )*(?:consent|permission|authori[sz]ation)\b|\bat your (?:direction|request)\b/i,
    // The company's own hypotheses and overviews ("if we disclose it in a manner not set forth here, you
    // will be notified", "whether we will disclose it") state no practice. The reader's wishes ("if you
    // do not want us to share…") do: they offer a way out of a sharing that happens.
    /\b(?:if|to the extent(?: that)?) we (?:ever |decide to |want to |intend to )?(?:share|disclose|transfer|sell|provide|give)\b|\bwhether (?:or not )?we (?:will |may |might )?(?:share|disclose)\b/i,
    // The policy describing its own contents ("This Privacy Policy describes … when such information may be
    // disclosed to third parties") points to the practice without stating it.
    /\b(?:this|our) (?:online )?(?:privacy )?(?:policy|notice|statement) (?:describes|explains|sets out|tells you|covers)\b|\bsection (?:above|below)\b|\b(?:details|describes|explains|sets out|outlines) (?:how|when|with whom) we\b/i,
    // A password is not personal data handed over ("do not share your password with anyone").
    /\bpasswords?\b/i,
    DEFINITION_OF_SALE_OR_SHARING,
    // Links to other sites hand over no data.
    /\blinks? to\b/i,
    // A lead-in to the cases ("we may share it with third parties in the following circumstances:") states
    // no case of its own; its list items do.
    // So does one pointing to them ("as described in the Disclosure section above").
    /:\s*$|\bas (?:set (?:forth|out)|described|listed|outlined|explained)\b[^.;]{0,60}\b(?:below|above|(?<!\bthis )section)\b|\bthe following (?:circumstances|cases|situations|ways|parties|categories)\b/i,
  ],
  // Purposes that keep the data working for the person or the company, not the recipient.
  yesUnless: [...SHARING_NOT_COUNTED],
  examples: {
    yes: [
      'If you opt out, we will no longer disclose your information to partners for personalised offers.',
      'We may share your information with our partners for their own marketing.',
      'We may disclose personal information to selected third parties who may contact you about offers.',
    ],
    no: [
      'We will not share your personal information with third parties without your consent.',
      'CRP will not share, rent or sell personally identifiable information to any third parties.',
      'We do not give, sell, or transfer any personal information to a third party.',
      'We will not share your personal information with third parties except as required by law.',
      'Except as described in this section, we will not disclose your personal information to third parties.',
    ],
    noMatch: [
      'We may transfer personal information to companies that help us provide our service.',
      'Sometimes we provide features that allow you to connect with third-party apps.',
      'We are not responsible for protecting information that we share with a third party through a connection you authorised.',
      'To the extent we provide your personal information to any third parties, we will request that they protect it.',
      'This Privacy Policy describes what information we collect and when such information may be disclosed to third parties.',
      'The "Sharing" section above details how we share your personal data with third parties.',
      'We rely on third parties to process card transactions and must therefore share payment information with third parties.',
      'You may request the transfer of your personal data to you or to a third party.',
      'This information may be shared with a third party brochure fulfillment company to process your request.',
      'If we disclose your information to a third party in a manner not set forth here, you will be notified.',
      'We share information with service providers who perform services on our behalf.',
      'We may share aggregated, anonymous data with third parties.',
      'We recommend that you not share your password with anyone else.',
      'We may be liable for the transfer of personal data from the EU to a third party outside those countries.',
      'Identifying yourself means you need to share some personal data with a third party.',
      'We may share information about you with third parties whenever you consent to or direct such sharing.',
      'We share data with certain third parties in order to provide the service to you.',
      'We may share data with trusted partners to provide and improve our services.',
      'When necessary for the fulfilment of an order, we share contact details with selected partners.',
      'We may disclose your information to a third party as part of a merger or acquisition.',
      'We may also share your personal information with third parties based on your written consent.',
      'We may provide links to third-party websites as a service to you.',
      'In certain circumstances we may share your information with third parties, as set forth below:',
      'We may share your information with third parties as described in the "Disclosures" section.',
    ],
  },
});
