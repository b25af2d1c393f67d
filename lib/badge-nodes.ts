// The hover badge's content as data: the background writes it (the grade, the answers, the words, the
// link's site) and the content script only builds it (content/badge-ui.ts), so the badge's layout costs
// nothing of the content script's 10 KB gzip budget. A node is [tag, class, text or children,
// attributes]; a button's `data-do` names what it does. Whatever came from a fetched page is a node's
// text, never markup or an attribute the builder would read as code.

import { BADGE_TEXT } from '../content/badge-text';
import type { LinkBadge } from '../messaging/protocol';

export type BadgeNode = [
  tag: string,
  className: string,
  content: string | BadgeNode[],
  attributes?: Attributes,
];
type Attributes = Record<string, string>;

/** What a badge button does: open the full summary, ask for access to the link's site, hide badges. */
export type BadgeAction = 'open' | 'allow' | 'hide';

const button = (label: string, action: BadgeAction, primary = false): BadgeNode => [
  'button',
  primary ? 'primary' : '',
  label,
  { 'data-do': action },
];
const actions = (...buttons: BadgeNode[]): BadgeNode => ['div', 'actions', buttons];

/** A line of status under the PolicyLens name; the content script's own "Reading…" and errors too. */
export const statusHead = (message: string): BadgeNode => [
  'div',
  'name',
  [
    ['p', 'muted', 'PolicyLens'],
    ['p', '', message, { role: 'status' }],
  ],
];

/** An error or a refusal, with the button that hides badges on the site. */
export const notice = (message: string, hide: string): BadgeNode[] => [
  statusHead(message),
  actions(button(hide, 'hide')),
];

function hostName(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The nodes of a badge the background answers with; none for `off` and `fetch-in-page`, which show nothing. */
export function badgeNodes(
  badge: LinkBadge,
  text: Record<keyof typeof BADGE_TEXT, string> = BADGE_TEXT,
): BadgeNode[] {
  const hide = button(text.hide, 'hide');
  switch (badge.state) {
    case 'graded': {
      const items = badge.top.map(
        (answer): BadgeNode => [
          'li',
          answer.good ? 'good' : 'bad',
          [
            ['span', 'mark', answer.good ? '✓' : '✗', { 'aria-hidden': 'true' }],
            ['span', '', answer.text],
          ],
          { 'data-question': answer.question, 'data-answer': answer.answer },
        ],
      );
      return [
        [
          'div',
          'head',
          [
            // Its colour comes from the stylesheet, by the host's grade attribute.
            ['div', 'grade', badge.grade, { role: 'img', 'aria-label': `Grade ${badge.grade}` }],
            [
              'div',
              'name',
              [
                ['p', 'title', badge.title || hostName(badge.url)],
                ['p', 'muted', `${badge.score}/100 · PolicyLens`],
              ],
            ],
          ],
        ],
        ...(badge.changed ? [['p', 'muted', text.changed] as BadgeNode] : []),
        items.length > 0 ? ['ul', '', items] : ['p', 'muted', text.noAnswers],
        actions(button(text.full, 'open', true), hide),
      ];
    }
    case 'not-a-policy':
      return [statusHead(text.notPolicy), actions(hide)];
    case 'needs-permission': {
      const site = hostName(badge.origin);
      return [
        statusHead(text.otherSite.replace('#', site)),
        actions(button(text.allow.replace('#', site), 'allow', true), hide),
      ];
    }
    case 'error':
      return notice(badge.message, text.hide);
    default:
      return [];
  }
}

/** A badge as the background sends it: with its nodes when it shows something. */
export const drawn = (badge: LinkBadge): LinkBadge =>
  badge.state === 'off' || badge.state === 'fetch-in-page' ? badge : { ...badge, nodes: badgeNodes(badge) };
