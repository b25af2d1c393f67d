// The access clause rules read a person's rights from rules/lexicon/user-rights: who, a verb of seeing,
// fixing or erasing, and their data. Each table is one construction; every sentence is written here.

import { describe, expect, test } from 'vitest';
import { classifySentence } from '../../rules/engine';
import { anyOf } from '../../rules/lexicon';
import {
  ABLE,
  DATA_SUBJECTS,
  RIGHT_NOUN,
  RIGHT_PARTICIPLE,
  RIGHT_VERB,
} from '../../rules/lexicon/user-rights';

const categories = (sentence: string) => classifySentence(sentence).map((h) => h.category);
const whole = (source: string) => new RegExp(`^${source}$`, 'i');

describe('the vocabularies', () => {
  test.each(['you', 'users', 'a customer'.slice(2), 'subscribers', 'account holder'])('subject: %s', (w) =>
    expect(w).toMatch(whole(anyOf(DATA_SUBJECTS))),
  );
  test.each(['access', 'rectify', 'make changes to', 'obtain a copy of', 'deactivate'])('verb: %s', (w) =>
    expect(w).toMatch(whole(RIGHT_VERB)),
  );
  test.each(['rectified', 'deleted', 'cancelled'])('participle: %s', (w) =>
    expect(w).toMatch(whole(RIGHT_PARTICIPLE)),
  );
  test('a multi-word verb has no passive here', () =>
    expect('made changes to').not.toMatch(whole(RIGHT_PARTICIPLE)));
  test.each(['erasure', 'a copy of', 'corrections', 'portability'])('request noun: %s', (w) =>
    expect(w).toMatch(whole(RIGHT_NOUN)),
  );
  test.each(['can', 'will be able to', 'have the right to', 'has the choice to', 'would like to'])(
    'able: %s',
    (w) => expect(w).toMatch(whole(ABLE)),
  );
  test.each(['will', 'must', 'have to'])('not able: %s', (w) => expect(w).not.toMatch(whole(ABLE)));
});

describe('access: the constructions a right is stated in', () => {
  test.each([
    // a person who may act on their data
    'Account holders can download a copy of their order records from the dashboard.',
    'Subscribers may make changes to their delivery details whenever they like.',
    'You have the option to rectify any inaccurate entries in your profile.',
    // a way to act
    'We give every member a way to erase their listening history.',
    // a purpose, then where to go
    'To amend your mailing details, sign in and open the settings tab.',
    'To close your account, please fill in the form on the help page.',
    // the service acting when asked
    'Our team will erase your saved payment details on request.',
    // the passive with the person's means
    'Your saved details can be corrected at any time from the preferences screen.',
    'Registration records may be deleted by writing to our help desk.',
    // a request
    'You may ask for erasure of the data tied to your loyalty card.',
    'Members can request that their old profile be removed.',
    // a right by its legal name
    'Under the regulation you also hold the right to data portability.',
  ])('%s', (sentence) => expect(categories(sentence)).toContain('access'));
});

describe('access: near misses', () => {
  test.each([
    // someone else acts, or the service acts on its own terms
    'Your account may be terminated if you break these terms.',
    'Your entries may be reviewed by our moderators before they appear.',
    'Our staff can view the records we keep about orders.',
    // a feature, not a right
    'Access your playlists from any device when you sign in.',
    // what the service does when asked, with no right over the data
    'We will send you a printed copy of this notice on request.',
    'A record of earlier changes to this notice is available on request.',
    // a legal right of another kind
    'You have the right to lodge a complaint with a supervisory authority.',
  ])('%s', (sentence) => expect(categories(sentence)).not.toContain('access'));
});
