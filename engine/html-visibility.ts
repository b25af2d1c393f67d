// What an element's HTML alone says about whether people see it: the `hidden` attribute and the inline
// style's `display`, `visibility` and `content-visibility`. Stylesheets and scripts are out of reach here
// (the extension reads the rendered page for that); what the markup states is honoured, so that text a
// page hides is not graded and text it shows is.
//
// `aria-hidden` is not among them: it hides an element from assistive technology, not from sight.

export interface Visibility {
  /** The element and everything inside it are not rendered: `hidden`, `display: none`, `content-visibility: hidden`. */
  notRendered: boolean;
  /** `visibility: hidden`/`collapse` (true) or `visible` (false), which descendants inherit and may override; undefined when not set. */
  invisible?: boolean;
}

export function visibilityOf(attribs: Record<string, string>): Visibility {
  // `hidden="until-found"` is collapsed content that find-in-page reveals, as a closed <details> is.
  const hiddenAttr = attribs.hidden !== undefined && attribs.hidden.trim().toLowerCase() !== 'until-found';
  const style = attribs.style === undefined ? {} : readInlineStyle(attribs.style);
  const result: Visibility = {
    notRendered: hiddenAttr || style.display === 'none' || style['content-visibility'] === 'hidden',
  };
  const visibility = style.visibility;
  if (visibility === 'hidden' || visibility === 'collapse') result.invisible = true;
  else if (visibility === 'visible') result.invisible = false;
  return result;
}

const WATCHED = new Set(['display', 'visibility', 'content-visibility']);

/**
 * The value of each watched property as the cascade within one style attribute leaves it: the last
 * declaration wins, except that an `!important` one is only overridden by a later `!important` one.
 * Linear in the attribute's length, whatever it holds.
 */
export function readInlineStyle(style: string): Record<string, string> {
  const values: Record<string, string> = {};
  const important = new Set<string>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    if (!WATCHED.has(property)) continue;
    let value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const isImportant = /!\s*important$/.test(value);
    if (isImportant) value = value.replace(/\s*!\s*important$/, '');
    if (important.has(property) && !isImportant) continue;
    if (isImportant) important.add(property);
    values[property] = value;
  }
  return values;
}
