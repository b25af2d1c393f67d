import { defineAnswerRule } from '../../../engine/rule';
import { pattern, WITHOUT_CONSENT } from '../../lexicon';

// Collection from children, and its usual denial: "we do not knowingly collect information from children
// under 13", "the site is not directed to children".
export default defineAnswerRule({
  id: 'collects-from-children',
  question: 'collects-from-children',
  says: 'yes',
  assertedOnly: true,
  patterns: [
    /\b(?:collect|collects|gather|solicit|receive|accept|obtain|request|ask for|maintain)\b[^.;]{0,80}\b(?:from|about|of)\s+(?:a\s+|any\s+)?(?:children|child|kids|minors|persons under|individuals under|anyone under|users under|people under)\b/i,
    // "not targeted to or intended for use by children" names two verbs before one audience.
    /\b(?:directed|intended|targeted|designed|marketed|aimed)\s+(?:(?:at|to|for|towards?)\s+or\s+(?:directed|intended|targeted|designed|marketed|aimed)\s+)?(?:at|to|for|towards?)\s+(?:use by\s+)?(?:children|kids|minors|(?:persons|individuals|users|anyone) under)\b/i,
  ],
  // "We do not knowingly collect information from children without prior parental consent" leaves
  // collection with consent open, and CONTRACT.md counts that as a yes: such a sentence decides nothing.
  unless: [pattern(String.raw`\b(?:not|never)\b[^.;]{0,120}${WITHOUT_CONSENT}`)],
  examples: {
    yes: [
      'With parental consent, we collect the first name of children who enter our contests.',
      'Some of our games are directed to children.',
    ],
    no: [
      'We do not knowingly collect personal information from children under 13.',
      'Our site is not directed to children under the age of 13.',
      'The Sites are general audience sites and are not targeted to or intended for use by children.',
    ],
    noMatch: [
      'Children should ask a parent before going online.',
      'If we learn that we have collected personal information from a child under 13, we will delete it.',
      'If in the future we collect information from children, we will comply with COPPA.',
      'If in the future, we collect personal information from children, we will comply with COPPA.',
      'This Site does not knowingly collect personal information from children under 13 without prior parental consent.',
    ],
  },
});
