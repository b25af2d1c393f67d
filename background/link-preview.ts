// The hover badge's side of the background: a hovered privacy link → its grade and three most important
// answers. The cache answers first (any site's hover of the same policy is instant); a link on the page's
// own origin is fetched by the content script (it may, without any permission); a link to another host of
// the same site (www.example.com → policies.example.com, background/same-site.ts) is fetched here with no
// prompt; a link to another site is fetched here, only for sites the person allowed. Concurrent hovers of
// one URL share one fetch. Senders and payloads are checked before these run (background/messages.ts).

import { cacheKey, type SummaryCache } from '../db/cache';
import type { VersionHistory } from '../db/versions';
import type { QuestionId } from '../engine/ids';
import { RUBRIC } from '../engine/rubric';
import { isGraded } from '../engine/score';
import type { Summary } from '../engine/types';
import { type FetchedPage, PageFetchError } from '../lib/fetch-page';
import type { LinkBadge, LinkedPage, LinkRequest, TabSummary, TopAnswer } from '../messaging/protocol';
import { badgesShownOn, type Settings, siteHost } from '../settings/sanitise';
import { trackChange } from './changes';
import { redirectedAway } from './redirect-guard';
import { sameSite } from './same-site';
import { summarisePage } from './summarise';
import { summaryReply } from './summary-reply';
import { type ExtensionIdentity, isHttpUrl, originOf, RejectedMessage } from './validate';

export const TOP_ANSWERS = 3;

export interface LinkDeps {
  self: ExtensionIdentity;
  ready: Promise<SummaryCache>;
  loadSettings: () => Promise<Settings>;
  updateSettings: (change: (settings: Settings) => Settings) => Promise<unknown>;
  /** Fetches `url`; `acceptFinalUrl` judges where redirects led before the body is read (background/redirect-guard.ts). */
  fetchPage: (url: string, acceptFinalUrl: (finalUrl: string) => Promise<boolean>) => Promise<FetchedPage>;
  /** The browser's own grant: false until the person grants the site, in Chromium 156 too (docs/privacy.md). */
  hasHostPermission: (origin: string) => Promise<boolean>;
  openTab: (url: string) => Promise<void>;
  /** The versions of each policy the person has seen; a hovered policy's new text is diffed against it. */
  history?: Promise<VersionHistory>;
}

/** Largest weight first; ties keep the rubric's own order (a stable sort over its keys). */
const BY_WEIGHT = (Object.keys(RUBRIC) as QuestionId[]).sort((a, b) => RUBRIC[b].weight - RUBRIC[a].weight);

/** The answers that weigh most in the grade, among those the policy actually gives. */
export function topAnswers(summary: Summary, count = TOP_ANSWERS): TopAnswer[] {
  const top: TopAnswer[] = [];
  for (const question of BY_WEIGHT) {
    const { answer } = summary.answers[question];
    if (answer === 'unclear') continue;
    const item = RUBRIC[question];
    const good = answer === item.protective;
    top.push({ question, answer, good, text: good ? item.good : item.bad });
    if (top.length === count) break;
  }
  return top;
}

export function badgeView(summary: Summary, url: string, changed = false): LinkBadge {
  // The engine's isPolicy implies English; a stored row whose fields disagree still gets no grade.
  if (!isGraded(summary)) return { state: 'not-a-policy', url };
  if (!summary.language.english) {
    return { state: 'error', message: 'Not graded: this policy is not in English.' };
  }
  return {
    state: 'graded',
    url,
    title: summary.source.title ?? '',
    grade: summary.grade,
    score: summary.score,
    top: topAnswers(summary),
    ...(changed ? { changed: true } : {}),
  };
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof PageFetchError && error.reason === 'network';
}

function failure(error: unknown): LinkBadge {
  if (error instanceof PageFetchError) return { state: 'error', message: error.message };
  return { state: 'error', message: 'PolicyLens could not read this page.' };
}

export const NO_SAVED_SUMMARY =
  'PolicyLens has no saved summary of this page. Hover its link again, or open the page itself.';

export function createLinkPreviews(deps: LinkDeps) {
  const inFlight = new Map<string, Promise<LinkBadge>>();

  /** One analysis per URL at a time; the promise is dropped once settled so a failure can be retried. */
  function shared(key: string, work: () => Promise<LinkBadge>): Promise<LinkBadge> {
    const running = inFlight.get(key);
    if (running) return running;
    const promise = work()
      .catch(failure)
      .finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  }

  const history = deps.history;
  /** Whether a change waits unseen; false without a history, or when it fails (the badge matters more). */
  async function changedSince(find: () => Promise<unknown> | undefined): Promise<boolean> {
    if (!history) return false;
    try {
      return (await find()) !== undefined;
    } catch (error) {
      console.warn('PolicyLens: cannot track changes of this policy', error);
      return false;
    }
  }

  async function analyse(requested: string, page: Omit<FetchedPage, 'body'> & { body: string }) {
    const cache = await deps.ready;
    const result = await summarisePage(
      { url: page.url, title: '', html: page.body, htmlCut: page.cut, kind: page.kind },
      cache,
    );
    // Keyed by the requested URL too, so that the next hover of the same link finds it without a request.
    if (cacheKey(requested) !== cacheKey(page.url)) {
      await cache.put(requested, result.textHash, result.summary);
    }
    // Only a policy has versions worth telling of; a page that is none is not recorded.
    const { isPolicy, language } = result.summary;
    const changed =
      isPolicy &&
      language.english &&
      (await changedSince(() =>
        history?.then((h) => trackChange(h, requested, result.text, result.textHash)),
      ));
    return badgeView(result.summary, cacheKey(requested), changed);
  }

  async function enabledFor(pageUrl: string): Promise<boolean> {
    return badgesShownOn(await deps.loadSettings(), new URL(pageUrl).hostname);
  }

  return {
    async linkSummary({ href, pageUrl }: LinkRequest): Promise<LinkBadge> {
      if (!(await enabledFor(pageUrl))) return { state: 'off' };
      const key = cacheKey(href);
      const origin = new URL(href).origin;
      const ownSite = sameSite(href, pageUrl);
      // Before the cache: the badge's state is visible to the page (data-policylens-badge), so a cached
      // summary of another site's policy would tell any page which policies the person has read.
      if (!ownSite) {
        const { readSites } = await deps.loadSettings();
        if (!readSites.includes(origin) || !(await deps.hasHostPermission(origin))) {
          return { state: 'needs-permission', origin };
        }
      }
      const cached = await (await deps.ready).getCurrent(key);
      if (cached) {
        const changed = await changedSince(() => history?.then((h) => h.unseenChange(key)));
        return badgeView(cached.summary, key, changed);
      }
      const running = inFlight.get(key);
      if (running) return running;
      // Only its own origin can the content script read (CORS); another host of the site is fetched here.
      if (origin === originOf(pageUrl)) return { state: 'fetch-in-page' };
      // Where a redirect leads must be allowed as much as the link's own site.
      const mayRead = async (url: string) => {
        const to = originOf(url);
        if (to === origin) return true;
        if (to === null || !isHttpUrl(url)) return false;
        if (sameSite(url, pageUrl)) return true;
        return (await deps.loadSettings()).readSites.includes(to) && (await deps.hasHostPermission(to));
      };
      return shared(key, async () => {
        let page: FetchedPage;
        try {
          page = await deps.fetchPage(key, mayRead);
        } catch (error) {
          // Firefox lets the background read another host only with a grant (the content script's match
          // gives none there), and a read it refuses fails like the network: then the grant is what helps.
          if (ownSite && isNetworkFailure(error) && !(await deps.hasHostPermission(origin))) {
            return { state: 'needs-permission', origin };
          }
          throw error;
        }
        // Again here, whatever fetch was wired in: nothing from a site not allowed is analysed or cached.
        if (!(await mayRead(page.url))) throw redirectedAway(page.url);
        return analyse(key, page);
      });
    },

    async linkPage(page: LinkedPage): Promise<LinkBadge> {
      if (!(await enabledFor(page.pageUrl))) return { state: 'off' };
      const key = cacheKey(page.href);
      return shared(key, () =>
        analyse(key, { url: page.finalUrl, body: page.body, kind: page.kind, cut: page.cut }),
      );
    },

    async openFullSummary({ href }: LinkRequest): Promise<void> {
      await deps.openTab(`${deps.self.origin}popup.html?url=${encodeURIComponent(cacheKey(href))}`);
    },

    async askSiteAccess({ href, pageUrl }: LinkRequest): Promise<void> {
      const origin = new URL(href).origin;
      // Another host of the page's site may need the browser's grant (Firefox); the page's own origin never.
      if (origin === originOf(pageUrl)) throw new RejectedMessage('the page’s own origin needs no access');
      await deps.openTab(`${deps.self.origin}permission.html?origin=${encodeURIComponent(origin)}`);
    },

    async hideBadgesOnSite({ pageUrl }: { pageUrl: string }): Promise<void> {
      const host = siteHost(pageUrl);
      if (host === null) throw new RejectedMessage('no host');
      await deps.updateSettings((s) => ({ ...s, badgesOffSites: [...s.badgesOffSites, host] }));
    },

    async summaryForUrl({ url }: { url: string }): Promise<TabSummary> {
      const entry = await (await deps.ready).getCurrent(url);
      if (!entry) return { state: 'unreadable', reason: NO_SAVED_SUMMARY };
      return summaryReply(entry);
    },
  };
}

export type LinkPreviews = ReturnType<typeof createLinkPreviews>;
