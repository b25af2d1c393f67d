// The hover badge itself: a host element with a closed shadow root, so that neither the page's CSS nor its
// scripts reach inside. It is position: fixed beside the link and out of the page's flow, so the page's
// layout does not move. Everything that came from a fetched page is set as text, never as HTML.

import type { Grade } from '../engine/ids';
import type { LinkBadge } from '../messaging/protocol';
import { adoptStyle } from './adopt-style';
import type { BadgeText } from './badge-text';

export type BadgeView =
  | Exclude<LinkBadge, { state: 'fetch-in-page' } | { state: 'off' }>
  | { state: 'pending' };

export interface BadgeActions {
  openSummary(): void;
  askAccess(): void;
  hideOnSite(): void;
}

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

// `all:initial!important` already resets every other property (margin, visibility, opacity…) beyond the
// page's reach: an inline !important declaration outranks any stylesheet's.
const HOST_STYLE =
  'all:initial!important;position:fixed!important;z-index:2147483647!important;display:block!important';

function hostName(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * `css` and `text`: the badge's stylesheet and words (content/badge-messages.ts), which the content script
 * reads from the locale messages.
 */
export function createBadgeUi(
  doc: Document,
  actions: BadgeActions,
  css: string,
  text: BadgeText,
  mode: ShadowRootMode = 'closed',
): BadgeUi {
  const host = doc.createElement(HOST_TAG);
  // CSSOM, not setAttribute('style'): a page's CSP may block style attributes but not style properties.
  host.style.cssText = HOST_STYLE;
  host.setAttribute(HOST_ATTR, 'pending');
  const shadow = host.attachShadow({ mode });
  adoptStyle(doc, shadow, css);
  const box = el(doc, 'div', 'box');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', text.label);
  shadow.append(box);
  (doc.documentElement ?? doc.body).append(host);

  const button = (label: string, onClick: () => void, primary = false): HTMLButtonElement => {
    const b = el(doc, 'button', primary ? 'primary' : '', label);
    b.type = 'button';
    b.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      onClick();
    });
    return b;
  };
  const hideButton = () => button(text.hide, actions.hideOnSite);

  return {
    host,
    render(view) {
      host.setAttribute(HOST_ATTR, view.state === 'graded' ? view.grade : view.state);
      const parts: Node[] = [];
      if (view.state === 'graded') {
        parts.push(gradedHead(doc, view.grade, view.title || hostName(view.url), view.score));
        if (view.changed) parts.push(el(doc, 'p', 'muted', text.changed));
        const list = el(doc, 'ul');
        for (const answer of view.top) {
          const item = el(doc, 'li', answer.good ? 'good' : 'bad');
          const mark = el(doc, 'span', 'mark', answer.good ? '✓' : '✗');
          mark.setAttribute('aria-hidden', 'true');
          item.append(mark, el(doc, 'span', '', answer.text));
          item.dataset.question = answer.question;
          item.dataset.answer = answer.answer;
          list.append(item);
        }
        parts.push(view.top.length > 0 ? list : el(doc, 'p', 'muted', text.noAnswers));
        parts.push(actionsRow(doc, button(text.full, actions.openSummary, true), hideButton()));
      } else if (view.state === 'pending') {
        parts.push(plainHead(doc, text.reading));
      } else if (view.state === 'not-a-policy') {
        parts.push(plainHead(doc, text.notPolicy), actionsRow(doc, hideButton()));
      } else if (view.state === 'needs-permission') {
        const site = hostName(view.origin);
        parts.push(
          plainHead(doc, text.otherSite.replace('#', site)),
          actionsRow(doc, button(text.allow.replace('#', site), actions.askAccess, true), hideButton()),
        );
      } else {
        parts.push(plainHead(doc, view.message), actionsRow(doc, hideButton()));
      }
      box.replaceChildren(...parts);
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

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function gradedHead(doc: Document, grade: Grade, title: string, score: number): HTMLElement {
  const head = el(doc, 'div', 'head');
  // Its colour comes from the stylesheet, by the host's grade attribute.
  const letter = el(doc, 'div', 'grade', grade);
  letter.setAttribute('role', 'img');
  letter.setAttribute('aria-label', `Grade ${grade}`);
  const name = el(doc, 'div', 'name');
  name.append(el(doc, 'p', 'title', title), el(doc, 'p', 'muted', `${score}/100 · PolicyLens`));
  head.append(letter, name);
  return head;
}

function plainHead(doc: Document, message: string): HTMLElement {
  const head = el(doc, 'div', 'name');
  head.append(el(doc, 'p', 'muted', 'PolicyLens'));
  const status = el(doc, 'p', '', message);
  status.setAttribute('role', 'status');
  head.append(status);
  return head;
}

function actionsRow(doc: Document, ...buttons: HTMLButtonElement[]): HTMLElement {
  const row = el(doc, 'div', 'actions');
  row.append(...buttons);
  return row;
}
