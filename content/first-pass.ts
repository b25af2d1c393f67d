// Before the walk of the page as rendered (content/rendered-page.ts, ~1 µs to 6 µs an element), one cheap
// question: can this page be a privacy policy at all? The detector (engine/policy-page.ts) calls nothing a
// policy without the policy words it counts, and every text it reads is in the address or the document's
// textContent (the walk's text is textContent less what is hidden). A page with too few of the words asked
// for here is not walked and is reported as no policy. tests/shared/first-pass.test.ts checks that no page
// of the shared corpora that the detector takes is refused here; text only inside a shadow root is not in
// textContent, and a policy there needs the words in its address and title (docs/limits.md).

import { KEYWORD } from './links';

/**
 * privacy, datenschutz, data protection, cookie (the words a privacy link is found by, content/links.ts) at
 * least twice in the address and the document's text (its title's too, and its scripts', which only make
 * more pages walked): a footer's "Privacy Policy" link alone does not make a page worth walking.
 */
export const mayBePolicy = (doc: Document, href: string) =>
  (doc.documentElement.textContent + href).split(KEYWORD).length > 2;
