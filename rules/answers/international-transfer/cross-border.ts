import { defineAnswerRule } from '../../../engine/rule';

// Data stored or processed in another country; Safe Harbor, Privacy Shield and standard clauses imply it.
export default defineAnswerRule({
  id: 'cross-border',
  question: 'international-transfer',
  says: 'yes',
  patterns: [
    {
      re: /\b(?:transfer(?:red|s|ring)?|stor(?:ed|e|es|age|ing)|process(?:ed|es|ing)?|maintain(?:ed)?|hosted|located)\b[^.;]{0,100}\b(?:outside (?:of )?(?:your|the(?! scope\b)|its)|other (?:than your )?countr(?:y|ies)|another countr|countries other than|different countr|abroad|across (?:national )?borders|in the united states|to the united states|(?:in|to) the U[.\u2024]S\b|jurisdictions? (?:other|outside|where))/i,
      reason: 'stored-abroad',
    },
    {
      re: /\b(?:safe harbou?r|privacy shield|data privacy framework|standard contractual clauses|binding corporate rules|adequacy decisions?|cross[- ]border)\b/i,
      reason: 'transfer-framework',
    },
  ],
  // "We no longer rely on the Privacy Shield to transfer data to the U.S." denies one mechanism, not the
  // transfer.
  narrowedBy: [/\b(?:rely|relies|relying) (?:up)?on\b/i],
  examples: {
    yes: [
      'Your information may be transferred to and stored in countries other than your own.',
      'We comply with the EU-U.S. Privacy Shield Framework.',
      'We participate in the EU-U.S. Data Privacy Framework.',
      'Your personal information may be processed and stored in the U.S. or another country.',
    ],
    no: ['Your data is not transferred outside the European Union.'],
    noMatch: [
      'We store your data on secure servers.',
      'Processors never store data outside of the scope of their specific purpose.',
    ],
  },
});
