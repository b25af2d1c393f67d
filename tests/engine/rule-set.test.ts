// What the engine reads besides the rules comes in the RuleSet: without the overview, topic and data-type
// vocabularies the engine applies none of them, with the shipped ones it applies them. So none of them can
// hide in engine/ again.

import { describe, expect, test } from 'vitest';
import { classifySentence as classifyWith } from '../../engine/classify';
import { classifyPassage as classifyPassageWith } from '../../engine/classify-text';
import { findDataTypes as findDataTypesWith } from '../../engine/data-types';
import type { RuleSet } from '../../engine/rule';
import { segment } from '../../engine/segment';
import { RULE_SET } from '../../rules/engine';

const bare: RuleSet = { clauses: RULE_SET.clauses, answers: RULE_SET.answers };
const categories = (rules: RuleSet, sentence: string) => classifyWith(rules, sentence).map((h) => h.category);

describe('overview sentences come from the rule set', () => {
  const overview =
    'This Privacy Policy explains how we collect and share your personal information with partners.';
  test('the shipped set gives such a sentence no category', () =>
    expect(categories(RULE_SET, overview)).toEqual([]));
  test('an engine without them reads it as any sentence', () =>
    expect(categories(bare, overview)).not.toEqual([]));
});

describe('which category yields comes from the rule set', () => {
  const optOut = 'You may opt out of having your information shared with our partners.';
  test('with the shipped set sharing yields to choice', () =>
    expect(categories(RULE_SET, optOut)).toEqual(['choice']));
  test('without it both stay', () =>
    expect(categories(bare, optOut)).toEqual(expect.arrayContaining(['choice', 'sharing'])));
});

describe('passage asides come from the rule set', () => {
  const passage =
    'We collect your name and email address. We share your information with advertisers. We use cookies and web beacons on our pages. You may opt out of receiving our newsletter.';
  test('the shipped set drops the aside', () =>
    expect(classifyPassageWith(RULE_SET, passage)).not.toContain('choice'));
  test('an engine without asides keeps it', () =>
    expect(classifyPassageWith(bare, passage)).toContain('choice'));
});

describe('data types come from the rule set', () => {
  const { sentences } = segment('We collect your email address and your IP address when you register.');
  test('the shipped set finds them', () =>
    expect(findDataTypesWith(RULE_SET.dataTypes, sentences).map((e) => e.type)).toEqual([
      'contact',
      'ip-address',
    ]));
  test('an engine without data types finds none', () =>
    expect(findDataTypesWith(undefined, sentences)).toEqual([]));
});
