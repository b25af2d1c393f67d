import { defineRule } from '../../engine/rule';

// Disclosure to authorities and under legal process: sharing even when no "third party" is named.
export default defineRule({
  id: 'legal-demands',
  category: 'sharing',
  patterns: [
    /\b(?:subpoenas?|court orders?|legal process|law enforcement|search warrants?|government(?:al)? (?:agenc(?:y|ies)|authorit(?:y|ies)|officials|requests?|entities)|public authorities|regulators|(?:required|compelled|requested) (?:to do so )?by (?:the )?law|comply with (?:a |any |the |applicable )?(?:laws?|legal)|legal (?:obligations?|requirements?|proceedings?|requests?))\b/i,
  ],
  examples: {
    match: [
      'We may disclose information in response to a subpoena or court order.',
      'We will release data when required by law.',
    ],
    noMatch: ['We keep your information secure.'],
  },
});
