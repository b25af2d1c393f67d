// One stylesheet into a document or a shadow root, for the badge and the quote highlight. A constructed
// stylesheet is not subject to the page's CSP (style-src), unlike a <style> element, which is the fallback.

/** Adds `css` to `target`; returns what removes it again. */
export function adoptStyle(doc: Document, target: Document | ShadowRoot, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (target === doc ? (doc.head ?? doc.documentElement) : target).append(style);
    return () => style.remove();
  }
}
