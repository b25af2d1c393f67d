// A file name as it appears in a message: quoted and escaped like a JSON string, so that a name holding a
// newline cannot forge a second error line, and one holding a terminal escape or a bidirectional override
// cannot rewrite or disguise what is shown. JSON.stringify escapes the C0 controls; the rest of the
// controls, the format characters and the line and paragraph separators are escaped here.

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export function shownName(path: string): string {
  return JSON.stringify(path).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Any other text of a message (an error's own message, which may quote a path) kept to one line. */
export function oneLine(text: string): string {
  return shownName(text).slice(1, -1);
}
