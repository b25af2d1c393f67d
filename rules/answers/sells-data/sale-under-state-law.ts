import { defineAnswerRule } from '../../../engine/rule';
import { DO_NOT_SELL_LINK } from '../../lexicon/disclaimers';

// A "sale" as the state privacy laws define it (CONTRACT.md §2): "our sharing with advertising partners may
// be deemed a 'sale' under applicable law", "in the past 12 months we have sold…", and its denial, "we have
// not sold personal information in the preceding 12 months".
export default defineAnswerRule({
  id: 'sale-under-state-law',
  question: 'sells-data',
  says: 'yes',
  patterns: [
    {
      // "… may qualify as the sale of personal data, or the sharing …", "… may constitute 'sharing' or the
      // 'sale' of personal information": a sale OF personal data needs no law
      // named after it; a bare "constitutes a sale" does ("a transaction that constitutes a sale of assets").
      // The law's terms may come as a list: 'a "sale", "sharing" or processing for "targeted advertising"'.
      re: /\b(?:considered|deemed|treated as|constitutes?|qualif(?:y|ies) as|be)\s+(?:a\s+|the\s+)?(?:["“'‘]?shar(?:e|ing)["”'’]?\s+or\s+(?:a\s+|the\s+)?)?["“'‘]?(?:sale|selling)["”'’]?(?:,\s*["“'‘][\w -]{1,30}["”'’])*(?:,?\s+or\s+[^.;]{0,40}?)?\s+(?:of\s+(?:your\s+)?(?:personal )?(?:information|data)\b|(?:under|as defined|by|in|for)\b)/i,
      reason: 'considered-a-sale',
    },
    {
      re: /\b(?:have|has)\s+(?:not\s+)?(?:sold|["“]sold["”])\b[^.;]{0,80}\b(?:(?:past|preceding|last|prior) (?:12|twelve) months|in the past year)\b/i,
      reason: 'sold-in-past-12-months',
    },
    {
      re: /\b(?:past|preceding|last|prior) (?:12|twelve)(?: \(12\))? months,?\s+(?:we|[A-Z]\w+)\s+(?:may\s+)?(?:have|has)\s+(?:not\s+)?(?:sold|["“]sold["”])\b/i,
      reason: 'past-12-months-sold',
    },
  ],
  // What a business must do if it sells ("if we sell your data, you may opt out") states no practice.
  assertedOnly: true,
  unless: [DO_NOT_SELL_LINK],
  examples: {
    yes: [
      'Our sharing of personal information with advertising partners may be deemed a "sale" under applicable privacy laws.',
      'In the past 12 months, we have sold identifiers and internet activity to advertising networks.',
      'Under some state laws, disclosing data for online advertising may be considered a "sale" of personal data or "sharing" of it.',
      'Some of our disclosures to ad partners may constitute "sharing" or the "sale" of personal information under state law.',
      'Under some state laws, our advertising activities may be considered a "sale", "sharing" or processing for "targeted advertising".',
      'Such disclosure of personal data may be considered a "sale" or "sharing" of information under applicable law.',
      'In the last twelve (12) months, we may have sold the following categories of personal information: identifiers.',
    ],
    no: ['We have not sold personal information of consumers in the preceding 12 months.'],
    noMatch: [
      'If our disclosures are considered a "sale" under your state law, you may opt out.',
      'California law gives you the right to opt out of the sale of personal information.',
      'A transaction that constitutes a sale of all or part of our company may move your data to the buyer.',
    ],
  },
});
