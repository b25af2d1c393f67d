// The tag bomb of issue 13 (finding 3): distinct sentences of about 2,000 characters (the segmenter's cap),
// each one long clause that contains "no" (which only the tagger can read) and ends with practices that
// a dozen answer rules match, each at another place. Before the fix every rule tagged its own prefix of the
// clause, so each sentence was tagged 14 times and the memo never hit: 591 KB took 26–35 s and 406 MB.
// Used by bench/adversarial.ts (--tag-bomb) and by tests/engine/tag-budget.test.ts.

// Joined with " and ", which ends no clause (engine/clause-scope.ts), so all of them share the one clause.
const PRACTICES = [
  'to sell your personal information to data brokers',
  'to share your personal information with third parties',
  'we use cookies to remember your preferences',
  'we collect your name and email address',
  'to show you targeted advertising based on your interests',
  'to let advertising networks track your activity across websites',
  'we keep your information for as long as your account is active',
  'to transfer your data to servers in other countries',
  'to disclose your information to law enforcement when required by law',
  'you can access and update your personal information',
  'you can delete your account at any time',
  'to opt out of marketing emails',
  'to notify you by email of material changes to this policy',
  'to use encryption and firewalls to protect your data',
  'to collect information from children under 13',
  'to honor Do Not Track signals',
].join(' and ');

const FILLER = [
  'policy',
  'item',
  'notice',
  'section',
  'record',
  'matter',
  'topic',
  'entry',
  'detail',
  'point',
];

/** Sentence `i` of the bomb: unique (so no memo keyed by text can help), about `length` characters. */
export function tagBombSentence(i: number, length = 1_950): string {
  const words: string[] = [`Clause ${i.toString(36)} states there is no`];
  let size = words[0]?.length ?? 0;
  let k = i + 1;
  while (size < length - PRACTICES.length - 2) {
    const word = `${FILLER[k % FILLER.length]}${k % 97}`;
    words.push(word);
    size += word.length + 1;
    k = (k * 31 + 7) % 1_000_003;
  }
  return `${words.join(' ')} ${PRACTICES}.`;
}

/** About `chars` characters of bomb sentences, one per line, under a title. */
export function tagBomb(chars: number): string {
  const lines = ['Privacy Policy'];
  let size = lines[0]?.length ?? 0;
  for (let i = 0; size < chars; i++) {
    const line = tagBombSentence(i);
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
