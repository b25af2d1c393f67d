// Data types count only where the policy says it collects them, not where it says it does not.

import { describe, expect, test } from 'vitest';
import type { DataTypeId } from '../../engine/ids';
import { segment } from '../../engine/segment';
import { findDataTypes } from '../../rules/engine';

const typesIn = (text: string) => findDataTypes(segment(text).sentences).map((e) => e.type);

describe('found where collected', () => {
  test.each([
    ['contact', 'We collect your name and email address when you register.'],
    ['financial', 'We ask for your credit card number to process payments.'],
    ['location', 'We may collect your precise location from your device.'],
    ['demographic', 'You may provide your age and gender.'],
    ['device', 'We automatically receive your browser type and operating system.'],
    ['ip-address', 'Our servers log your IP address.'],
    ['online-activity', 'We record the pages you visit and the links you click.'],
    ['account-credentials', 'We store your username and password.'],
    ['government-id', 'We may request your social security number for credit checks.'],
    ['health', 'We collect health information you enter in the tracker.'],
    ['biometric', 'We collect biometric data such as face prints.'],
    ['social-media', 'If you connect your Facebook account, we receive your profile.'],
    ['user-content', 'We store the photos and comments you submit.'],
    ['purchase-history', 'We keep your purchase history to recommend products.'],
  ] as const)('%s', (type: DataTypeId, sentence) => expect(typesIn(sentence)).toContain(type));
});

describe('not found where denied or not collected', () => {
  test.each([
    ['government-id', 'We never ask for your social security number.'],
    ['financial', 'We do not collect credit card numbers.'],
    ['health', 'Our newsletter covers health topics.'],
  ] as const)('%s', (type: DataTypeId, sentence) => expect(typesIn(sentence)).not.toContain(type));
});

test('each type is reported once, with the sentence that shows it', () => {
  const text = 'We collect your email address.\nWe also collect your email address again.';
  const found = findDataTypes(segment(text).sentences).filter((e) => e.type === 'contact');
  expect(found).toHaveLength(1);
  expect(found[0]?.text).toBe('We collect your email address.');
});
