// What a page can do to keep text from people that checkVisibility still calls rendered (issue 13): a box
// moved off the page (position: absolute; left: -9999px), clipped away (clip: rect(0 0 0 0),
// clip-path: inset(50%)), shrunk to nothing behind overflow: hidden, or text of size 0 or of the colour
// behind it. The "visually hidden" pattern of screen-reader-only text is one of these: text people cannot
// see is not graded (docs/limits.md). Both tests read the computed style content/rendered-page.ts asks
// for once per element; a box is measured only when its style can move or clip it, because a layout read
// costs five style reads (about 6 µs in Chromium).

// Computed colours are rgb() when opaque, rgba() otherwise.
const CLEAR = /^rgba.*, 0\)$/;

const small = (r: DOMRect) => r.width < 2 || r.height < 2;
const away = (r: DOMRect, ox: number, oy: number) => r.right + ox < 0 || r.bottom + oy < 0;

/** Whether nothing inside `el` can be seen. `ox`, `oy`: the page's scroll offsets. */
export function hidesBox(el: Element, s: CSSStyleDeclaration, ox: number, oy: number): boolean {
  const box = () => el.getBoundingClientRect();
  return (
    // Clipped to nothing: top and bottom of clip: rect() the same; inset() of half the box or more.
    (/^[af]/.test(s.position) && /^rect\(([^,]+), [^,]+, \1,/.test(s.clip)) ||
    /^inset\((?:[5-9]\d|\d{3})%/.test(s.clipPath) ||
    (s.overflow !== 'visible' && s.display !== 'contents' && small(box())) ||
    // Wholly left of or above the page's start, where no scrolling reaches.
    (s.position !== 'static' && away(box(), ox, oy))
  );
}

/** Whether an element's own text cannot be read on `bg` (the colour behind it, '' when unknown). */
export const hidesText = (s: CSSStyleDeclaration, bg: string) =>
  Number.parseFloat(s.fontSize) < 3 ||
  // Transparent text, unless a background clipped to it paints it (gradient text).
  (CLEAR.test(s.webkitTextFillColor) && s.backgroundClip !== 'text') ||
  (!!bg && s.webkitTextFillColor === bg);

/** The colour behind an element's content: its own, the one behind it when transparent, '' over an image. */
export const paints = (s: CSSStyleDeclaration, bg: string) =>
  s.backgroundImage !== 'none' ? '' : CLEAR.test(s.backgroundColor) ? bg : s.backgroundColor;
