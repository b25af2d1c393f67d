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
    {
      re: /\b(?:subpoenas?|court orders?|legal process|law enforcement|government(?:al)? (?:agenc(?:y|ies)|authorit(?:y|ies)|requests?)|public authorities|(?:required|compelled|permitted) (?:to do so )?by (?:the )?law|comply with (?:a |any |the )?(?:law|legal|applicable law|regulation)|legal (?:obligations?|requirements?))\b/i,
      reason: 'legal-demand',
    },
    // A disclosure whose purpose is the law: "disclose any information … as needed to satisfy any law,
    // regulation or legal request", "disclose your information … complying with federal, state and local laws".
    {
      re: /\b(?:disclos\w*|releas\w*|shar(?:e|es|ed|ing))\b[^.;]{0,100}\b(?:satisfy|comply(?:ing)? with)\s+(?:[\w,]+\s+){0,4}?(?:laws?|regulations?|legal requests?)\b/i,
      reason: 'disclose-to-comply-with-law',
    },
  ],
  examples: {
    yes: [
      'We may disclose your information in response to a subpoena or court order.',
      'We will not share your information unless required by law.',
      'We reserve the right to disclose any information as needed to satisfy any law, regulation or legal request.',
    ],
    no: [],
    noMatch: ['We protect your information with encryption.'],
  },
});
