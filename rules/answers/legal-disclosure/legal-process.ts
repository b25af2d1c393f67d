import { defineAnswerRule } from '../../../engine/rule';

// Disclosure to authorities: subpoenas, court orders, law enforcement, "as required by law".
export default defineAnswerRule({
  id: 'legal-process',
  question: 'legal-disclosure',
  says: 'yes',
  // Negations near legal terms are about other things ("we may not accommodate a request if it would
  // violate any law"); no policy promises never to answer legal process.
  negatable: false,
  patterns: [
    /\b(?:subpoenas?|court orders?|legal process|law enforcement|government(?:al)? (?:agenc(?:y|ies)|authorit(?:y|ies)|requests?)|public authorities|(?:required|compelled|permitted) (?:to do so )?by (?:the )?law|comply with (?:a |any |the )?(?:law|legal|applicable law|regulation)|legal (?:obligations?|requirements?))\b/i,
  ],
  examples: {
    yes: [
      'We may disclose your information in response to a subpoena or court order.',
      'We will not share your information unless required by law.',
    ],
    no: [],
    noMatch: ['We protect your information with encryption.'],
  },
});
