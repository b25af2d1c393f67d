import { defineAnswerRule } from '../../../engine/rule';

// Safe Harbor, Privacy Shield, the Data Privacy Framework, standard clauses and adequacy decisions exist to
// move data across borders: naming one implies the transfer. A "not" near the name negates something else
// ("if your complaint is not resolved, … a Data Privacy Framework Panel", "if the transfer is not to a
// country subject to an adequacy decision", "we no longer rely on the Privacy Shield"), so none is read.
export default defineAnswerRule({
  id: 'transfer-framework',
  question: 'international-transfer',
  says: 'yes',
  negatable: false,
  patterns: [
    {
      re: /\b(?:safe harbou?r|privacy shield|data privacy framework|standard contractual clauses|binding corporate rules|adequacy decisions?|cross[- ]border)\b/i,
      reason: 'transfer-framework',
    },
  ],
  examples: {
    yes: [
      'We comply with the EU-U.S. Privacy Shield Framework.',
      'We participate in the EU-U.S. Data Privacy Framework.',
      'If your complaint is not resolved, an arbitration option may be available before a Data Privacy Framework Panel.',
      'Where the transfer is not to a country subject to an adequacy decision, we use standard contractual clauses.',
    ],
    no: [],
    noMatch: ['We store your data on secure servers.'],
  },
});
