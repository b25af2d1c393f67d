// The page's HTML as the content script hands it to the background, within the message's size cap.

/** Elements whose content is never text a person reads; engine/html-to-text.ts drops them too. */
const NO_TEXT = 'script,style,template,svg,noscript';

/**
 * The page's HTML, at most `max` characters, and whether it was cut. A page over the cap is first
 * serialised without the elements that hold no text: a single-page app's inline data (a 3 MB JSON
 * <script> in <head>) would otherwise fill the cap before the first word of the policy.
 */
export function pageHtml(doc: Document, max: number): { html: string; htmlCut: boolean } {
  const root = doc.documentElement;
  let html = root.outerHTML;
  if (html.length > max) {
    const copy = root.cloneNode(true) as Element;
    for (const e of copy.querySelectorAll(NO_TEXT)) e.remove();
    html = copy.outerHTML;
  }
  return { html: html.slice(0, max), htmlCut: html.length > max };
}
