// What a page can do to keep text from people that checkVisibility still calls rendered (issue 13): a box
// moved off the page (position: absolute; left: -9999px, a transform, a negative margin; past the right
// edge of a page that cannot scroll sideways; a fixed box off the screen), clipped away (clip: rect(0 0 0
// 0), clip-path: inset(50%)), shrunk to nothing (behind overflow: hidden, scale(0)), text pushed out by
// text-indent, of size 0, or of a colour too close to the one behind it. The "visually hidden" pattern of
// screen-reader-only text is one of these: text people cannot see is not graded (docs/limits.md). Both
// tests read the computed style content/rendered-page.ts asks for once per element; a box is measured only
// when its style can move or clip it, because a layout read costs five style reads (about 6 µs in Chromium).

// Computed colours are rgb() when opaque, rgba() otherwise.
const CLEAR = /^rgba.*, 0\)$/;
// A transform or scale that flattens one axis: matrix(0, 0, …) or matrix(a, b, 0, 0, …); scale: 0 or 1 0.
const FLAT = /^matrix\((?:0, 0|[^,]+, [^,]+, 0, 0),|(?:^| )0(?: |$)/;

/** What boxes are measured against, read once per walk. */
export interface Screen {
  /** The page's scroll offsets. */
  x: number;
  y: number;
  /** The viewport's size. */
  w: number;
  h: number;
  /** The page cannot be scrolled sideways (overflow-x: hidden or clip on the root, or on the body). */
  narrow: boolean;
}

/** Whether nothing inside `el` can be seen. */
export function hidesBox(el: Element, s: CSSStyleDeclaration, v: Screen): boolean {
  let rect: DOMRect | undefined;
  const box = () => (rect ??= el.getBoundingClientRect());
  // Each property is read once: a computed property's read costs 0.5–1.2 µs in Chromium (12–33 ms for the
  // 26,500 elements of the bench's policy page), far more than any test of its value.
  const position = s.position;
  const transform = s.transform;
  const margin = s.marginLeft;
  return (
    // Clipped to nothing: top and bottom of clip: rect() the same; inset() of half the box or more.
    (/^[af]/.test(position) && /^rect\(([^,]+), [^,]+, \1,/.test(s.clip)) ||
    /^inset\((?:[5-9]\d|\d{3})%/.test(s.clipPath) ||
    FLAT.test(transform) ||
    FLAT.test(s.scale) ||
    // Its start pulled a screen's width left of it: a block keeps its right edge, its lines start off the page.
    parseFloat(margin) <= -v.w ||
    (s.overflow !== 'visible' && s.display !== 'contents' && (box().width < 2 || box().height < 2)) ||
    ((position !== 'static' ||
      transform !== 'none' ||
      s.translate !== 'none' ||
      /-/.test(margin + s.marginTop)) &&
      away(box(), position === 'fixed', v))
  );
}

/**
 * Wholly left of or above the page's start, where no scrolling reaches; right of the screen when the page
 * cannot scroll sideways; a fixed box (which scrolling never moves) off the screen.
 */
function away(r: DOMRect, fixed: boolean, v: Screen): boolean {
  const x = fixed ? 0 : v.x;
  const y = fixed ? 0 : v.y;
  return (
    r.right + x < 0 || r.bottom + y < 0 || ((fixed || v.narrow) && r.left >= v.w) || (fixed && r.top >= v.h)
  );
}

const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);

/**
 * Whether text of colour `fg` cannot be told from `bg`: no channel of red, green and blue differs by 16
 * or more (of 255), as #f0f0f0 on white or #101010 on black (WCAG contrast ratios 1.14:1 and 1.1:1; body
 * text needs 4.5:1). Translucent text counts mixed with `bg`; `bg` counts as opaque.
 */
export function faint(fg: string, bg: string): boolean {
  const [r = 0, g = 0, b = 0, a = 1] = channels(fg);
  const back = channels(bg);
  return [r, g, b].every((c, i) => Math.abs((c - (back[i] ?? 0)) * a) < 16);
}

/**
 * Whether an element's own text cannot be read on `bg` (the colour behind it, '' when unknown). `fill` is
 * a parameter only so that the text's colour is read once.
 */
export const hidesText = (s: CSSStyleDeclaration, bg: string, v: Screen, fill = s.webkitTextFillColor) =>
  parseFloat(s.fontSize) < 3 ||
  // Pushed a screen's width to the left: the image-replacement trick (text-indent: -9999px).
  parseFloat(s.textIndent) <= -v.w ||
  // Transparent text, unless a background clipped to it paints it (gradient text).
  (CLEAR.test(fill) ? s.backgroundClip !== 'text' : !!bg && faint(fill, bg));

/** The colour behind an element's content: its own, the one behind it when transparent, '' over an image. */
export const paints = (s: CSSStyleDeclaration, bg: string) =>
  s.backgroundImage !== 'none' ? '' : CLEAR.test(s.backgroundColor) ? bg : s.backgroundColor;
