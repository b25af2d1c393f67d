// The hover badge itself: a host element with a closed shadow root, so that neither the page's CSS nor its
// scripts reach inside. It is position: fixed beside the link and out of the page's flow, so the page's
// layout does not move. Everything that came from a fetched page is set as text, never as HTML.

import type { BadgeAction, BadgeNode } from '../lib/badge-nodes';
import type { LinkBadge } from '../messaging/protocol';
import { adoptStyle } from './adopt-style';
import type { BadgeText } from './badge-text';

export type BadgeView =
  | Exclude<LinkBadge, { state: 'fetch-in-page' } | { state: 'off' }>
  | { state: 'pending'; nodes: BadgeNode[] };

export interface BadgeUi {
  host: HTMLElement;
  render(view: BadgeView): void;
  /** Places the badge below the link, or above it when there is no room below. */
  place(link: DOMRect): void;
  focusFirst(): boolean;
  remove(): void;
}

export const HOST_TAG = 'policylens-badge';
export const HOST_ATTR = 'data-policylens-badge';
const GAP = 6;
const MARGIN = 8;

/**
 * `css` and `text`: the badge's stylesheet and words (content/badge-messages.ts), which the content script
 * reads from the locale messages.
 */
export function createBadgeUi(
  doc: Document,
  act: (action: BadgeAction) => void,
  css: string,
  text: BadgeText,
  mode: ShadowRootMode = 'closed',
): BadgeUi {
  const host = doc.createElement(HOST_TAG);
  // CSSOM, not setAttribute('style'): a page's CSP may block style attributes but not style properties.
  // An inline !important declaration outranks any stylesheet's (content/badge-messages.ts, HOST_STYLE).
  host.style.cssText = text.host;
  const shadow = host.attachShadow({ mode });
  adoptStyle(doc, shadow, css);

  // The background's nodes are set as text and as the few attributes a badge uses, never as markup.
  const build = ([tag, className, content, attributes = {}]: BadgeNode): HTMLElement => {
    const node = doc.createElement(/^(?:div|p|ul|li|span|button)$/.test(tag) ? tag : 'span');
    if (className) node.className = className;
    if (typeof content === 'string') node.textContent = content;
    else node.append(...content.map(build));
    for (const [name, value] of Object.entries(attributes)) {
      if (/^(?:role|aria-|data-)/.test(name)) node.setAttribute(name, value);
    }
    if (tag === 'button') {
      (node as HTMLButtonElement).type = 'button';
      node.addEventListener('click', (event) => {
        event.preventDefault();
        event.stopPropagation();
        act(attributes['data-do'] as BadgeAction);
      });
    }
    return node;
  };
  // The box is built as the background's nodes are: role and aria- attributes pass the filter.
  const box = build(['div', 'box', [], { role: 'dialog', 'aria-label': text.label }]);
  shadow.append(box);
  (doc.documentElement ?? doc.body).append(host);

  return {
    host,
    render(view) {
      host.setAttribute(HOST_ATTR, view.state === 'graded' ? view.grade : view.state);
      box.replaceChildren(...(view.nodes ?? []).map(build));
    },
    place(link) {
      const width = box.offsetWidth || 320;
      const height = box.offsetHeight || 120;
      const view = doc.defaultView;
      const vw = view?.innerWidth ?? 1024;
      const vh = view?.innerHeight ?? 768;
      let top = link.bottom + GAP;
      if (top + height > vh - MARGIN && link.top - GAP - height >= MARGIN) top = link.top - GAP - height;
      const left = Math.max(MARGIN, Math.min(link.left, vw - width - MARGIN));
      host.style.setProperty('top', `${Math.round(top)}px`, 'important');
      host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    },
    focusFirst() {
      const first = box.querySelector('button');
      first?.focus();
      return first !== null;
    },
    remove() {
      host.remove();
    },
  };
}
