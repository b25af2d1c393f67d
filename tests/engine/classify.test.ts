import { describe, expect, test } from 'vitest';
import { classifyPassage, classifySentence } from '../../rules/engine';

const categories = (sentence: string) => classifySentence(sentence).map((h) => h.category);

describe('a sentence that says what the policy covers is no clause', () => {
  test.each([
    'This Privacy Policy explains how we collect, use and share information and how you can contact us.',
    'THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND HOW YOU CAN GET ACCESS TO IT.',
    'To better protect your privacy we provide this notice explaining our information practices and the choices you can make about the way your information is collected and used.',
    'The Post-Gazette has created this Privacy Policy to explain what information we gather from you when you visit our Site.',
    'By visiting our Sites, you are accepting the practices described in our privacy policy, including our use of cookies.',
    'Valve has adopted this privacy policy to inform users about how Valve gathers, stores, and uses information.',
  ])('%s', (sentence) => expect(categories(sentence)).toEqual([]));

  test('the practice it announces is still read where the policy states it', () => {
    expect(categories('We collect your name and email address when you register.')).toContain('collection');
    expect(categories('We share your information with advertisers.')).toContain('sharing');
  });
});

describe('collection and sharing yield to the main topic of a sentence', () => {
  test('opting out of sharing is a choice, not a sharing clause', () => {
    expect(categories('You may opt out of having your information shared with our partners.')).toEqual([
      'choice',
    ]);
  });
});

describe('passage asides', () => {
  const passage = (...sentences: string[]) => classifyPassage(sentences.join(' '));

  test('three sentences about ad cookies and one opt-out are not a choice clause', () => {
    const found = passage(
      'Our advertisers place cookies on your computer.',
      'These cookies let advertisers show you ads on other sites.',
      'Ad networks may collect information about your visits through these cookies.',
      'You can opt out of some ad networks at the NAI site.',
    );
    expect(found).not.toContain('choice');
    expect(found).toContain('cookies');
  });

  test("a passage about the reader's own controls (browser settings) keeps its choice", () => {
    const found = passage(
      'Most browsers accept cookies automatically.',
      'You can choose to reject cookies in your browser settings.',
      'If you disable cookies, some features of the site will not work.',
      'Cookies are small files stored on your computer.',
    );
    expect(found).toContain('choice');
  });
});
