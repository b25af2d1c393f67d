// Whether the page, as the person sees it, is a privacy policy: the engine's own detector
// (engine/policy-text.ts) on the visible text and h1–h3 of content/rendered-page.ts. Hidden text does not
// make a page a policy, and a policy that starts after 20,000 characters of navigation is read again from
// a later heading that names it, as the command line reads a saved page.

import { detectPolicyText } from '../engine/policy-text';
import type { RenderedPage } from './rendered-page';

export const detectPage = (page: RenderedPage, url: string, title: string) =>
  detectPolicyText(page.text, page.headings, { url, title });
