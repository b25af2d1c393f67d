// The page as the person sees it, written as HTML that the background's extractor (engine/html-to-text.ts)
// reads, plus its visible text and headings for detection. Raw HTML let a page's stylesheet choose what was
// graded: a <main> hidden by CSS saying "we never sell" was read while the visible text said "we sell"
// (issue 13, finding 6). One pass over the DOM keeps only what is rendered: each element under its own
// name with only its role, id and class (by which the extractor tells page chrome from the main text),
// and the text, escaped. No style, script or other attribute reaches the background, so nothing sent can
// hide anything, and the extractor reads the structure exactly as it reads a saved page.

import type { Heading } from '../engine/segment';
import { hidesBox, hidesText, paints, type Screen } from './hiding-tricks';

export interface RenderedPage {
  /** The serialisation: the rendered elements with their role, id and class, and escaped text; at most `max` chars. */
  html: string;
  /** The page had more to send than `max`: the summary says so. */
  htmlCut: boolean;
  /** The visible text, its text nodes joined by spaces: what detection and the report key read. */
  text: string;
  /** The visible headings (h1–h6, and paragraphs that are one bold phrase), with where each starts in `text`. */
  headings: Heading[];
  /** Characters of text left out as hidden (collapsed with no control that says it opens it, or hidden). */
  hidden: number;
}

// Not walked: text nobody reads as the page's content (the extractor drops it too), and elements whose
// content the extractor's parser would read as raw text rather than as the markup written here.
const SKIP =
  /^(?:script|style|title|textarea|xmp|iframe|noembed|noframes|plaintext|noscript|template|svg|math|select|canvas|video|audio|object)$/;
// Written under their own name, so that the extractor reads the structure it reads in raw HTML; other
// names (custom elements) only when they carry a mark.
const HTML_NAME = /^[a-z][a-z0-9]*$/;
const MAX_DEPTH = 1_000;
// Collapsed content that a click or find-in-page reveals: read, as the extractor reads it.
const COLLAPSED = 'details:not([open])>:not(summary),[hidden=until-found]';
const escapeHtml = (s: string) => s.replace(/[&<"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Walks `doc` once, depth first, through open shadow roots as they are rendered (a shadow root's content
 * with the light children its slots take). `checkVisibility` answers from the style the browser already
 * computed; where it is missing (older browsers, DOMs without layout) the computed style decides, and
 * without that everything counts as shown. Inside collapsed content only the element's own style counts.
 * Opacity is not looked at while the whole page is transparent (an "anti-flicker" snippet fading it in).
 * Each text node written is added to `texts`, when given (content/find-quote.ts looks for quotes in those).
 */
export function renderedPage(doc: Document, max: number, texts?: Text[]): RenderedPage {
  const html: string[] = [];
  const words: string[] = [];
  const headings: Heading[] = [];
  let size = 0;
  let at = 0;
  let cut = false;
  // What does not fit is cut where the cap falls (a long paragraph keeps its start) and said to be.
  const write = (piece: string, text?: string) => {
    if (size + piece.length > max) {
      cut = true;
      piece = piece.slice(0, max - size);
      text = text?.slice(0, piece.length);
    }
    html.push(piece);
    size += piece.length;
    if (text) {
      words.push(text);
      at += text.length + 1;
    }
  };
  write(`<title>${escapeHtml(doc.title)}</title>`);
  const opacityProperty = doc.body?.checkVisibility?.({ opacityProperty: true }) !== false;
  const view = doc.defaultView;
  const style = (el: Element | null) => (el ? view?.getComputedStyle?.(el) : undefined);
  // A DOM without layout (a test's) has no box to measure.
  const laidOut = !!doc.documentElement?.getBoundingClientRect?.().width;
  // Behind the body's content: its background, the root's, or the canvas (white). The viewport scrolls as
  // the root says, or as the body does when the root leaves it visible.
  let canvas = 'rgb(255, 255, 255)';
  let sideways = 'visible';
  for (const el of [doc.documentElement, doc.body]) {
    const s = style(el);
    if (s) {
      canvas = paints(s, canvas);
      if (sideways === 'visible') sideways = s.overflowX;
    }
  }
  // Without a view, no box is measured and no width counts as a screen's.
  const screen: Screen = {
    x: view?.scrollX ?? 0,
    y: view?.scrollY ?? 0,
    w: view?.innerWidth || 1e9,
    h: view?.innerHeight || 1e9,
    narrow: /hidden|clip/.test(sideways),
  };
  // What is left out as hidden: the length of its text, which the summary's warning tells.
  let hidden = 0;
  const left = (el: Element) => {
    // An element's textContent is never null.
    hidden += (el.textContent as string).length;
  };
  /**
   * Writes what is rendered inside `parent`; `visible`: it is visible; `collapsed`: inside content a click
   * reveals, where only each element's own style counts and nothing has a box; `bg`: the colour painted
   * behind its content, when known; `own`: its computed style, whose text tests (content/hiding-tricks.ts
   * hidesText) are read only when it has text of its own to write: half the elements of a page have none.
   */
  const walk = (
    parent: Element,
    visible: boolean,
    pre: boolean,
    depth: number,
    collapsed: boolean,
    bg: string,
    own?: CSSStyleDeclaration,
  ): void => {
    const assigned = parent.localName === 'slot' ? (parent as HTMLSlotElement).assignedNodes() : [];
    let shows: boolean | undefined;
    let i = 0;
    for (
      let node = assigned[0] ?? (parent.shadowRoot ?? parent).firstChild;
      node && !cut;
      node = assigned.length ? (assigned[++i] ?? null) : node.nextSibling
    ) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        const text = pre ? data : data.replace(/\s+/g, ' ');
        // biome-ignore lint/suspicious/noAssignInExpressions: the parent's text tests, read at its first text
        if (text && (shows ??= visible && !(own && hidesText(own, bg, screen)))) {
          write(escapeHtml(text), text);
          texts?.push(node as Text);
        }
        continue;
      }
      const el = node as Element;
      const name = el.localName;
      if (node.nodeType !== 1 || SKIP.test(name)) continue;
      // The HTML parser nests at most 512 elements; only a script nests deeper, and that is cut, not lost.
      if (depth > MAX_DEPTH) {
        cut = true;
        return;
      }
      let seen = true;
      let inside = collapsed;
      const s = style(el);
      if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty })) {
        seen = false;
        inside ||= !!el.closest(COLLAPSED);
        // No box or transparent: nothing inside can show, unless the element only has no box of its own
        // (display: contents, a <slot>). Only `visibility: hidden`: a child may be visible.
        if (!inside && !el.checkVisibility({ opacityProperty }) && s?.display !== 'contents') {
          left(el);
          continue;
        }
      }
      if (!seen || !el.checkVisibility) {
        if (s?.display === 'none' || (opacityProperty && s?.opacity === '0')) {
          left(el);
          continue;
        }
        seen = !/hidden|collapse/.test(s?.visibility ?? '');
      }
      if (s && !inside && laidOut && hidesBox(el, s, screen)) {
        left(el);
        continue;
      }
      const role = el.getAttribute('role') ?? '';
      // The extractor reads only 300 characters of an id and class list.
      const marks = `${el.id} ${el.getAttribute('class') ?? ''}`.trim().slice(0, 300);
      const tag = HTML_NAME.test(name) ? name : role || marks ? 'span' : '';
      // A <dialog> on screen is open (the extractor drops closed ones).
      if (tag) {
        write(
          `<${tag}${role && ` role="${escapeHtml(role.slice(0, 40))}"`}${marks && ` class="${escapeHtml(marks)}"`}${tag === 'dialog' ? ' open' : ''}>`,
        );
      }
      // A paragraph that is one bold phrase heads a section as an <h4> would ("<p><strong>Cookies</strong></p>"):
      // many policies mark their sections so, in list items and cells too. Not a bold link: a footer's
      // "<a><b>Privacy Policy</b></a>" would name a policy on every page.
      const heading = (/^h[1-6]$/.test(name) ||
        (/^(?:strong|b)$/.test(name) &&
          !(el.previousSibling || el.nextSibling) &&
          el.parentElement?.localName !== 'a')) && {
        start: at,
        end: at,
        text: '',
      };
      const from = words.length;
      if (heading) headings.push(heading);
      walk(el, seen, pre || name === 'pre', depth + 1, inside, s ? paints(s, bg) : bg, s);
      if (heading) {
        heading.end = at;
        heading.text = words.slice(from).join(' ').replace(/\s+/g, ' ').trim();
      }
      if (tag) write(`</${tag}>`);
    }
  };
  if (doc.body) walk(doc.body, true, false, 0, false, canvas);
  return { html: html.join(''), htmlCut: cut, text: words.join(' '), headings, hidden };
}
