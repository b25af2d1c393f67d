import { defineAnswerRule } from '../../../engine/rule';

// Data stored or processed in another country, and its denial ("your data is not transferred outside the EU");
// the frameworks that imply a transfer are transfer-framework's.
export default defineAnswerRule({
  id: 'cross-border',
  question: 'international-transfer',
  says: 'yes',
  // "We do not transfer data outside the EEA without a legal basis": with one, it does.
  affirmedBy: [
    /\bwithout (?:a |an |the )?(?:legal basis|lawful basis|appropriate safeguards|adequate (?:protection|safeguards)|your consent)\b/i,
  ],
  patterns: [
    {
      re: /\b(?:transfer(?:red|s|ring)?|stor(?:ed|e|es|age|ing)|process(?:ed|es|ing)?|maintain(?:ed)?|hosted|located)\b[^.;]{0,100}\b(?:outside (?:of )?(?:your|the(?! (?:scope|limited|purposes?|context)\b)|its)|other (?:than your )?countr(?:y|ies)|another countr|countries other than|different countr|abroad|across (?:national )?borders|in the united states|to the united states|(?:in|to) the U[.\u2024]S\b|jurisdictions? (?:other|outside|where))/i,
      reason: 'stored-abroad',
    },
  ],
  // "We no longer rely on the Privacy Shield to transfer data to the U.S." denies one mechanism, not the
  // transfer.
  narrowedBy: [/\b(?:rely|relies|relying) (?:up)?on\b/i],
  examples: {
    yes: [
      'We do not transfer personal data outside the European Economic Area without a legal basis.',
      'Your information may be transferred to and stored in countries other than your own.',
      'Your personal information may be processed and stored in the U.S. or another country.',
    ],
    no: ['Your data is not transferred outside the European Union.'],
    noMatch: [
      'We do not store any facial information for purposes outside of the limited purposes set forth here.',
      'We store your data on secure servers.',
      'Processors never store data outside of the scope of their specific purpose.',
    ],
  },
});
