import { defineRule } from '../../engine/rule';

// Disclosure to authorities and under legal process: sharing even when no "third party" is named. The
// sentence must disclose something: "we comply with applicable law" alone is not a disclosure.
// Two halves of one list, each a pattern of its own so that none passes the size cap
// (tests/rules/pattern-size.test.ts); a sentence matches one of them when it matches the whole list.
const LEGAL_PARTS = [
  '(?:subpoenas?|court orders?|legal process|law enforcement|search warrants?|government(?:al)? (?:agenc(?:y|ies)|authorit(?:y|ies)|officials|requests?|entities)|public authorities)',
  '(?:regulators|(?:required|compelled|requested) (?:to do so )?by (?:the )?law|comply with (?:a |any |the |applicable )?(?:laws?|legal)|legal (?:obligations?|requirements?|proceedings?|requests?))',
];
const DISCLOSE =
  '(?:disclos\\w*|shar(?:e|es|ed|ing)|releas\\w*|provid\\w*(?! you\\b)|report\\w*|turn(?:s|ed)? over|respond\\w*|transfer\\w*|give|gives|produc\\w*|access(?:ed)?|preserve[sd]?)';

export default defineRule({
  id: 'legal-demands',
  category: 'sharing',
  patterns: [
    ...LEGAL_PARTS.map((legal) => new RegExp(`\\b${DISCLOSE}\\b[^.;]{0,150}\\b${legal}\\b`, 'i')),
    ...LEGAL_PARTS.map((legal) => new RegExp(`\\b${legal}\\b[^.;]{0,150}\\b${DISCLOSE}\\b`, 'i')),
    // An item of a list of the times the company discloses ("We may disclose your information when:"),
    // cut from its lead-in: "we believe in good faith that the law requires it", "we deem it necessary or
    // appropriate", "as needed to cooperate in any law enforcement investigation".
    /\b(?:believe|deem|consider)s?\b[^.;]{0,30}\b(?:disclosure|it|such (?:action|disclosure))\b[^.;]{0,20}\b(?:is |to be )?(?:necessary|appropriate|required|reasonably necessary)\b|\b(?:the )?law requires (?:it|such disclosure|disclosure)\b|\bcooperate (?:in|with)\b[^.;]{0,50}\blaw enforcement\b/i,
  ],
  // Foreign authorities reaching data stored abroad ("it may be accessed by the courts … pursuant to the
  // laws of those jurisdictions", "subject to access requests … under United States law") is the regional
  // clause on transfers, not a disclosure the company makes.
  unless: [
    /\b(?:laws of (?:those|that|the|other|another|such) (?:jurisdictions?|countr(?:y|ies))|(?:under|pursuant to) (?:United States|U\.S\.|US|foreign|local) law)\b/i,
  ],
  examples: {
    match: [
      'If, in our sole discretion, we believe such disclosure to be necessary or appropriate: to investigate possible problems;',
      'We may disclose information in response to a subpoena or court order.',
      'We will release data when required by law.',
      'If we believe in good faith that the law requires such disclosure.',
      'As needed to cooperate in or defend against any law enforcement investigation or legal proceeding.',
    ],
    noMatch: [
      'While your information is in another jurisdiction, it may be accessed by the courts and law enforcement pursuant to the laws of those jurisdictions.',
      'We keep your information secure.',
      'We use payment information to complete a transaction or comply with applicable law.',
      'We may delay providing you with the accounting because a law enforcement official has asked us to.',
    ],
  },
});
