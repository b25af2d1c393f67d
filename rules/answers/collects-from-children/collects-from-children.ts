import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, CHILD_AUDIENCE, pattern, UNDER_AGE, WITHOUT_CONSENT } from '../../lexicon';

const CHILD = anyOf(CHILD_AUDIENCE);
/** The verbs of taking data in. */
const COLLECT =
  '(?:collect|collects|gather|solicit|receive|accept|obtain|request|ask for|maintain|process|processes)';
/** "… and create an account, we ask for some information". */
const SIGNS_UP_WE_COLLECT = String.raw`[^.;]{0,40}\b(?:sign(?:s|ing)? up|register(?:s|ing)?|creat(?:e|es|ing) (?:an? |their |your )?account)\b[^.;]{0,40}\bwe\b[^.;]{0,20}\b(?:collect|process|ask for|request|receive)\b`;
/** The reader addressed by age: "if you're under 13 years old". */
const YOU_UNDER_AGE = `you(?: are|['’]re) ${UNDER_AGE}`;

// Collection from children, and its usual denial: "we do not knowingly collect information from children
// under 13", "the site is not directed to children".
export default defineAnswerRule({
  id: 'collects-from-children',
  question: 'collects-from-children',
  says: 'yes',
  assertedOnly: true,
  patterns: [
    {
      re: pattern(
        String.raw`\b${COLLECT}\b[^.;]{0,140}?\b(?:from|about|of|concerning|regarding),?\s+(?:a\s+|any\s+)?${CHILD}\b`,
      ),
      reason: 'collect-from-children',
    },
    // "not targeted to or intended for use by children", "neither directed to nor structured to attract
    // children".
    {
      re: pattern(
        String.raw`\b(?:directed|intended|targeted|designed|marketed|aimed|structured|suitable|meant)\b(?:(?!\b(?:ads?|advertis\w*)\b)[^.;]){0,50}?\b(?:at|to|for|towards?|attract)\s+(?:(?:be )?used? by\s+)?${CHILD}\b`,
      ),
      reason: 'directed-at-children',
    },
    // A version of the service made for children: "when a user registers for the Under 13 Experience, we
    // collect only limited information".
    // Children let in with a parent's say: "individuals under this age may only use the service with the
    // approval of a parent or legal guardian".
    {
      re: pattern(
        String.raw`\b(?:${CHILD}|(?:individuals|persons|people|users|anyone|those) (?:under|below|younger than) (?:this|that|such|the(?: minimum| required| applicable)?) age)\b[^.;]{0,40}\b(?:may|can)\s+(?:only\s+)?(?:use|access|join|register|create)\b[^.;]{0,60}\b(?:consent|approval|permission|involvement|supervision|authori[sz]ation)\b[^.;]{0,30}\b(?:parents?|guardians?)\b`,
      ),
      reason: 'children-service-or-consent',
    },
    {
      re: /\b(?:under[- ]1[0-8]|kids'?|children's)\s+(?:experience|accounts?|profiles?|mode|version|app)\b[^.;]{0,60}\bcollect/i,
      reason: 'children-account-collects',
    },
    // What is collected when a child signs up: "when children sign up, we also collect persistent
    // identifiers", "if you're under 13 and create an account, we ask for some information".
    {
      re: pattern(String.raw`\b(?:when|if|once)\s+(?:a\s+)?${CHILD}\b${SIGNS_UP_WE_COLLECT}`),
      reason: 'collects-when-child-signs-up',
    },
    {
      re: pattern(String.raw`\b(?:when|if|once)\s+${YOU_UNDER_AGE}\b${SIGNS_UP_WE_COLLECT}`),
      reason: 'collects-when-you-sign-up-under-age',
    },
    // The object shared by two verbs: "we do not knowingly collect information from, or direct our services
    // to, children under 13".
    {
      re: pattern(
        String.raw`\b${COLLECT}\b[^.;]{0,60}?\bfrom,?\s+or\s+(?:direct|target|market)\b[^.;]{0,80}?\bto,?\s+(?:\w+\s+)?${CHILD}\b`,
      ),
      reason: 'collect-from-or-direct-to-children',
    },
    // "We won't knowingly allow anyone under the age of 13 to provide us any personal information."
    {
      re: pattern(String.raw`\ballow\s+${CHILD}\s+to\s+(?:provide|submit|give|send|share)\b`),
      reason: 'children-allowed-to-provide',
    },
  ],
  // "We do not knowingly collect information from children without prior parental consent" leaves
  // collection with consent open, and CONTRACT.md counts that as a yes: such a sentence decides nothing.
  unless: [pattern(String.raw`\b(?:not|never)\b[^.;]{0,120}${WITHOUT_CONSENT}`)],
  examples: {
    yes: [
      'With parental consent, we collect the first name of children who enter our contests.',
      'Some of our games are directed to children.',
      'Individuals under this age may only use the service with the involvement and approval of a parent or legal guardian.',
      'When a user registers for the Under 13 Experience, we collect only limited information, such as a username.',
      "If you're under 13 years old and create an account, we ask for a username and birthdate.",
      'When children sign up for the game, we also collect device identifiers.',
    ],
    no: [
      'We do not knowingly collect personal information from children under 13.',
      'Our site is not directed to children under the age of 13.',
      'The Sites are general audience sites and are not targeted to or intended for use by children.',
      'The Services are neither directed to nor structured to attract children under the age of 13 years.',
      'We do not intend our sites to be used by, and do not knowingly collect information from, anyone under the age of 13.',
      'We do not knowingly collect personal information (as defined by the applicable law) from persons under the age of 13.',
      'We never knowingly collect any personal data concerning children under 13 years of age.',
      'We do not knowingly collect information from, or direct any of our services to, children under 13.',
      'We do not knowingly process the personal data of users under the age of 16.',
      'Our online services are not designed to be used by individuals under the age of 18.',
      'Our sites are not suitable for children under the age of 16 years.',
      'We will not knowingly allow anyone under the age of 13 to provide us any personal information.',
    ],
    noMatch: [
      'Children should ask a parent before going online.',
      'If you are under 13, please do not register or send us any information.',
      'If we learn that a child under 13 has registered, we delete the account.',
      'We do not show behaviorally targeted ads to children.',
      'Children may not use the service without the consent of a parent.',
      'If we learn that we have collected personal information from a child under 13, we will delete it.',
      'If in the future we collect information from children, we will comply with COPPA.',
      'If in the future, we collect personal information from children, we will comply with COPPA.',
      'This Site does not knowingly collect personal information from children under 13 without prior parental consent.',
    ],
  },
});
