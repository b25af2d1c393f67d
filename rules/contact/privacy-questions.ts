import { defineRule } from '../../engine/rule';

// Where questions about the policy go: "if you have any questions about this policy, please contact us".
export default defineRule({
  id: 'privacy-questions',
  category: 'contact',
  patterns: [
    /\b(?:questions?|concerns?|comments?|complaints?|inquiries|queries|feedback|suggestions)\b(?:[^.;]|\.(?=[a-z])){0,20}\b(?:about|regarding|concerning|on|relating to|related to|in relation to|with respect to)\b(?:[^.;]|\.(?=[a-z])){0,40}\b(?:privacy|policy|statement|notice|practices)\b(?:[^.;]|\.(?=[a-z])){0,80}\b(?:contact|write|e-?mail|call|direct(?:ed)?|sent|send|reach|let us know|submit)\b/i,
    /\bif you have (?:any )?(?:further |other |additional )?(?:questions?|concerns?|comments?)\b(?:[^.;]|\.(?=[a-z])){0,120}\b(?:contact|write|e-?mail|call|send|reach|let us know)\b/i,
    /\b(?:privacy|data use|data protection)(?: or [\w ]{1,20})? (?:questions?|concerns?|complaints?)\b(?:[^.;]|\.(?=[a-z])){0,100}\b(?:contact|write to|e-?mail|call|reach)\b/i,
    /\b(?:questions?|concerns?|comments?|complaints?|inquiries)\b(?:[^.;]|\.(?=[a-z])){0,200}\bshould be (?:directed|sent|addressed|submitted) to\b/i,
    /\b(?:contact|reach|write to|e-?mail|call) (?:our|the) (?:[\w-]+ ){0,2}(?:privacy|data protection|compliance) (?:officer|office|team|department|coordinator|administrator|manager|counsel)\b/i,
    /\b(?:how to|ways to|you (?:can|may)) (?:contact|reach|write to) us\b/i,
  ],
  unless: [
    // Questions about children, California rights or opt-outs belong to those clauses in the gold.
    /\b(?:child|children|minors?|California(?!,? \d{5})|opt[- ]?out|options)\b/i,
    // "If you contact us, we may keep a record": the service collecting, not a way to reach it.
    /\bif you (?:contact|e-?mail|write to|call) us\b[^.;]{0,40}\bwe (?:may|will) (?:keep|collect|store|retain|record|use)\b/i,
    /\b(?:their|those (?:sites|companies)|third[- ]part(?:y|ies)|external sites?|other (?:sites|websites))\b[^.;]{0,60}\b(?:contact|write)\b/i,
  ],
  examples: {
    match: [
      'If you have any questions about this Privacy Policy, please contact us.',
      'Questions regarding this statement should be directed to our legal department.',
      'You can reach our Privacy Officer by mail.',
      'If you have an unresolved privacy or data use concern, please contact the program at its feedback page.',
    ],
    noMatch: ['If you contact us, we may keep a record of that correspondence.'],
  },
});
