import { defineRule } from '../../engine/rule';

// The user sees, corrects or deletes their data or account: "you may review, update or delete your information".
export default defineRule({
  id: 'edit-or-delete-data',
  category: 'access',
  patterns: [
    /\b(?:you|users?|visitors?|members?|customers?|parents?|individuals?)\b(?:[^.;]|\.(?=[a-z])){0,40}\b(?:can|may|might|could|will be able to|are able to|have the (?:right|ability|option|opportunity) to|wish to|would like to|want to)\b(?:[^.;]|\.(?=[a-z])){0,30}\b(?:access|review|inspect|view|update|correct|edit|change|modify|amend|delete|remove|erase|deactivate|cancel|close|terminate|export|download|obtain a copy of)\b(?:[^.;]|\.(?=[a-z])){0,60}\b(?:(?:your|their|his or her|the|such|any|this|certain)\s+)?(?:own\s+|[\w-]+\s+)?(?:personal(?:ly)?\s+(?:identifiable\s+)?|registration\s+|account\s+|profile\s+|contact\s+)?(?:information|data|account|accounts|profile|profiles|details|records?)\b/i,
    // Cut in two at one list so that no pattern passes the size cap (tests/rules/pattern-size.test.ts): a
    // sentence matches one of them exactly when it matched the single pattern.
    /\b(?:ability|right|opportunity|option|way|how) to\b(?:[^.;]|\.(?=[a-z])){0,20}\b(?:access|review|inspect|view|update|correct|edit|change|modify|amend)\b(?:[^.;]|\.(?=[a-z])){0,60}\b(?:(?:your|their|his or her|the|such|any|this|certain)\s+)?(?:own\s+|[\w-]+\s+)?(?:personal(?:ly)?\s+(?:identifiable\s+)?|registration\s+|account\s+|profile\s+|contact\s+)?(?:information|data|account|accounts|profile|profiles|details|records?)\b/i,
    /\b(?:ability|right|opportunity|option|way|how) to\b(?:[^.;]|\.(?=[a-z])){0,20}\b(?:delete|remove|erase|deactivate|cancel|close|terminate|export|download|obtain a copy of)\b(?:[^.;]|\.(?=[a-z])){0,60}\b(?:(?:your|their|his or her|the|such|any|this|certain)\s+)?(?:own\s+|[\w-]+\s+)?(?:personal(?:ly)?\s+(?:identifiable\s+)?|registration\s+|account\s+|profile\s+|contact\s+)?(?:information|data|account|accounts|profile|profiles|details|records?)\b/i,
    // Cut in two at one list so that no pattern passes the size cap (tests/rules/pattern-size.test.ts): a
    // sentence matches one of them exactly when it matched the single pattern.
    /\bto (?:access|review|inspect|view|update|correct|edit|change|modify|amend)\b(?:[^.;]|\.(?=[a-z])){0,40}\b(?:(?:your|their|his or her|the|such|any|this|certain)\s+)?(?:own\s+|[\w-]+\s+)?(?:personal(?:ly)?\s+(?:identifiable\s+)?|registration\s+|account\s+|profile\s+|contact\s+)?(?:information|data|account|accounts|profile|profiles|details|records?)\b(?:[^.;]|\.(?=[a-z])){0,60}\b(?:visit|click|go to|log ?in|sign ?in|contact|e-?mail|write)\b/i,
    /\bto (?:delete|remove|erase|deactivate|cancel|close|terminate|export|download|obtain a copy of)\b(?:[^.;]|\.(?=[a-z])){0,40}\b(?:(?:your|their|his or her|the|such|any|this|certain)\s+)?(?:own\s+|[\w-]+\s+)?(?:personal(?:ly)?\s+(?:identifiable\s+)?|registration\s+|account\s+|profile\s+|contact\s+)?(?:information|data|account|accounts|profile|profiles|details|records?)\b(?:[^.;]|\.(?=[a-z])){0,60}\b(?:visit|click|go to|log ?in|sign ?in|contact|e-?mail|write)\b/i,
    /\b(?:wish|want|would like|like|prefer|desire) (?:to|that we) (?:access|review|update|correct|edit|modify|amend|delete|remove|change|view)\b/i,
    /^(?:update|edit|change|correct|review|delete|modify) your\b/i,
    /\b(?:inaccura\w+|out[- ]of[- ]date|incorrect)\b(?:[^.;]|\.(?=[a-z])){0,60}\b(?:information|data)\b/i,
  ],
  unless: [
    // The service or others reaching data is not the user's access; cookie deletion is a cookie choice.
    /\b(?:we|third parties|they)\s+(?:may\s+)?(?:access|use|share|disclose|transfer)\b/i,
    /\bcookies?\b/i,
    // "We reserve the right to access", "who has access to your computer": someone else's access.
    /\b(?:reserve|reserves) the right to\b|\bwho (?:has|have) access\b|\baccess\w* (?:to )?(?:our|the|this) (?:site|sites|website|websites|web site|services?|goods)\b/i,
    // Posted-content removal for California minors is a regional clause in the gold.
    /\b(?:California|minors?)\b/i,
  ],
  examples: {
    match: [
      'You may review, update or delete your personal information at any time.',
      'Members can edit their profile information at any time.',
      'To correct your details, visit the My Account page.',
      'If you wish to review, update or correct it, please email your request to us.',
    ],
    noMatch: ['We may access your information to respond to legal process.'],
  },
});
