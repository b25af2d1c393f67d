// What HTML alone says people see (engine/html-visibility.ts), and htmlToText honouring it: hidden text is
// never graded, shown text always is, whatever share of the page each holds.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../engine/html-to-text';
import { readInlineStyle, visibilityOf } from '../../engine/html-visibility';
import { analyze } from '../../rules/engine';

describe('visibilityOf', () => {
  describe('not rendered', () => {
    test.each([
      [{ hidden: '' }],
      [{ hidden: 'hidden' }],
      [{ style: 'display:none' }],
      [{ style: 'DISPLAY : None ;' }],
      [{ style: 'color: red; display: none !important' }],
      [{ style: 'display: block; display: none' }],
      [{ style: 'display: none !important; display: block' }],
      [{ style: 'content-visibility: hidden' }],
      [{ style: `${'color: red;'.repeat(500)} display: none` }],
    ])('%j', (attribs) => expect(visibilityOf(attribs).notRendered).toBe(true));
  });

  describe('rendered', () => {
    test.each([
      [{}],
      [{ 'aria-hidden': 'true' }],
      [{ hidden: 'until-found' }],
      [{ style: 'display: block' }],
      [{ style: 'display: none; display: block' }],
      [{ style: 'display: none !important; display: block !important' }],
      [{ style: 'background: url(display:none.png)' }],
      [{ style: '--display: none' }],
      [{ class: 'display:none' }],
    ])('%j', (attribs) => expect(visibilityOf(attribs).notRendered).toBe(false));
  });

  test.each([
    [{ style: 'visibility: hidden' }, true],
    [{ style: 'visibility: collapse' }, true],
    [{ style: 'visibility: visible' }, false],
    [{ style: 'visibility: hidden; visibility: visible' }, false],
    [{ style: 'color: red' }, undefined],
    [{}, undefined],
  ])('visibility of %j is %s', (attribs, invisible) =>
    expect(visibilityOf(attribs).invisible).toBe(invisible),
  );

  test('readInlineStyle keeps only the watched properties, last or !important winning', () => {
    expect(
      readInlineStyle('Display: None !important; color: red; visibility: visible; display: block'),
    ).toEqual({ display: 'none', visibility: 'visible' });
  });
});

const FILLER = '<p>Our site offers recipes and cooking videos for home cooks.</p>'.repeat(3);

describe('htmlToText honours what the markup hides', () => {
  test.each([
    ['display:none', '<main style="display:none">', '</main>'],
    ['the hidden attribute', '<main hidden>', '</main>'],
    ['visibility:hidden', '<main style="visibility: hidden">', '</main>'],
    ['content-visibility:hidden', '<div style="content-visibility:hidden">', '</div>'],
    ['a hidden wrapper inside a shown one', '<div><section hidden><div>', '</div></section></div>'],
  ])('a hidden <main> that says the opposite of the page is not graded (%s)', (_, open, close) => {
    const hidden = '<p>We never sell your personal information.</p>'.repeat(40);
    const html = `<body>${open}${hidden}${close}<div><p>We sell your personal information to data brokers.</p>${FILLER}</div></body>`;
    const { text } = htmlToText(html);
    expect(text).not.toContain('never sell');
    expect(text).toContain('We sell your personal information to data brokers.');
    expect(analyze(text).answers['sells-data'].answer).toBe('yes');
  });

  test('a page whose text is all hidden has none to analyse', () => {
    expect(htmlToText('<body><div style="display:none"><p>We collect nothing.</p></div></body>').text).toBe(
      '',
    );
  });

  test('visibility: visible inside visibility: hidden is shown, the rest is not', () => {
    const html =
      '<body><div style="visibility:hidden"><p>Hidden claim.</p><p style="visibility:visible">Shown claim.</p><div><span>Also hidden.</span></div></div></body>';
    expect(htmlToText(html).text).toBe('Shown claim.');
  });

  test('display:none cannot be undone inside: nothing under it is shown', () => {
    const html =
      '<body><p>Shown.</p><div style="display:none"><p style="display:block;visibility:visible">Not shown.</p></div></body>';
    expect(htmlToText(html).text).toBe('Shown.');
  });

  test('hidden="until-found" is collapsed content a person can reveal: kept', () => {
    expect(
      htmlToText('<body><div hidden="until-found"><p>We keep logs for 30 days.</p></div></body>').text,
    ).toBe('We keep logs for 30 days.');
  });

  describe('<dialog> is shown only while open', () => {
    const policy = '<p>We sell your personal information to data brokers.</p>'.repeat(20);
    test('a closed dialog is not read, however long', () =>
      expect(htmlToText(`<body><p>Privacy policy</p><dialog>${policy}</dialog></body>`).text).toBe(
        'Privacy policy',
      ));
    test('an open dialog holding the policy is read', () =>
      expect(htmlToText(`<body><p>Privacy policy</p><dialog open>${policy}</dialog></body>`).text).toContain(
        'We sell your personal information to data brokers.',
      ));
    test('a small open dialog beside the policy is chrome (a cookie modal): not read', () => {
      const text = htmlToText(
        `<body><main>${policy}</main><dialog open><p>Accept all cookies?</p></dialog></body>`,
      ).text;
      expect(text).not.toContain('Accept all cookies');
      expect(text).toContain('data brokers');
    });
  });

  test.each([
    ['<label>', '<label>We sell your data to advertisers.</label>'],
    ['<button>', '<button>We sell your data to advertisers.</button>'],
    ['aria-hidden', '<div aria-hidden="true">We sell your data to advertisers.</div>'],
  ])('text people see in %s is read', (_, html) => {
    const { text } = htmlToText(`<body><p>Privacy policy</p>${html}</body>`);
    expect(text).toContain('We sell your data to advertisers.');
    expect(analyze(text).answers['sells-data'].answer).toBe('yes');
  });

  test('property: words under any hiding markup never appear; shown words always do', () => {
    const word = (letters: string) =>
      fc.array(fc.constantFrom(...letters), { minLength: 3, maxLength: 8 }).map((cs) => cs.join(''));
    const hider = fc.constantFrom(
      ['<div hidden>', '</div>'],
      ['<span style="display:none">', '</span>'],
      ['<p style="color:red; DISPLAY: none !important">', '</p>'],
      ['<section style="visibility:hidden">', '</section>'],
      ['<main style="content-visibility: hidden">', '</main>'],
      ['<article hidden><div>', '</div></article>'],
    );
    const shower = fc.constantFrom(
      ['<p>', '</p>'],
      ['<label>', '</label>'],
      ['<button>', '</button>'],
      ['<div aria-hidden="true">', '</div>'],
      ['<span>', '</span>'],
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.tuple(fc.constant(true), hider, fc.array(word('qxz'), { minLength: 1, maxLength: 30 })),
            fc.tuple(fc.constant(false), shower, fc.array(word('abc'), { minLength: 1, maxLength: 30 })),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (blocks) => {
          const html = `<body>${blocks.map(([, [o, c], words]) => `${o}${words.join(' ')}${c}`).join('\n')}</body>`;
          const text = htmlToText(html).text;
          const shownWords = new Set(text.split(/\s+/).filter(Boolean));
          for (const [hidden, , words] of blocks)
            for (const w of words) expect(shownWords.has(w)).toBe(!hidden);
        },
      ),
      { numRuns: 300 },
    );
  });
});
