import { defineAnswerRule } from '../../../engine/rule';
import { COMPANY_NAME } from '../../lexicon/company-name';

// The same statement as we-collect-personal-data with the company named as the subject: "Valve collects
// and processes the personally identifiable information…", "SRL may collect or track … e-mail addresses".
// Case-sensitive, as a name needs its capital.
const VERB =
  '(?:collects|gathers|receives|obtains|records|stores|(?:may|will|does|might|can)(?: also)? (?:collect|gather|receive|obtain|record|store))(?:,? (?:and|or|and/or) \\w+)?';
const PERSONAL =
  '(?:(?<![Nn]on-?)[Pp]ersonal(?:ly identifiable)? (?:[Ii]nformation|[Dd]ata)|information about you|your (?:name|e-?mail|address|phone|information|data)|e-?mail addresses|IP addresses|contact information)';

export default defineAnswerRule({
  id: 'company-collects-personal-data',
  question: 'collects-personal-data',
  says: 'yes',
  // As with "we": a denial is nearly always scoped ("Valve does not collect credit card numbers in
  // cookies"); collects-none reads the outright ones.
  negatable: false,
  patterns: [
    {
      re: new RegExp(
        `\\b${COMPANY_NAME}(?:\\s+(?:also|automatically|generally|only))?\\s+${VERB}\\b[^.;]{0,80}\\b${PERSONAL}\\b`,
      ),
      reason: 'company-collects',
    },
  ],
  examples: {
    yes: [
      "By using Valve's online sites, users agree that Valve collects and processes the personally identifiable information described below.",
      'SRL may collect or track the home server domain names, e-mail addresses and type of client computer.',
    ],
    no: [],
    noMatch: [
      'Google Analytics collects information about your visits.',
      'If we collect your name, we say so.',
    ],
  },
});
