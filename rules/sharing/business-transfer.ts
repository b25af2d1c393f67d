import { defineRule } from '../../engine/rule';

// Data passing to a buyer in a merger, acquisition, bankruptcy or sale of assets.
export default defineRule({
  id: 'business-transfer',
  category: 'sharing',
  patterns: [
    /\b(?:merger|merged|acquisition|acquired by|bankruptcy|reorgani[sz]ation|dissolution|liquidation|divestiture|change of control|sale of (?:all|some|part|substantially|a portion|our|the|its|assets)|(?:buy|sell|sold|transfer)\b[^.;]{0,30}\bassets|business transfers?)\b/i,
  ],
  // Data merged with other data is a database, not a company ("may be merged with other information").
  unless: [/\bmerged with (?:other|additional|existing|the|your|any)? ?(?:information|data|records)\b/i],
  examples: {
    match: [
      'In the event of a merger or acquisition, your data may be transferred.',
      'As our business changes, we may buy or sell various assets.',
    ],
    noMatch: [
      'We sell books and music.',
      'The information may be merged with other information we already know about you.',
    ],
  },
});
