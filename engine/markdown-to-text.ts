// Turns a Markdown document (policies as archived, e.g. by Open Terms Archive) into the plain text the
// engine analyses: one block per line, a blank line after each paragraph and heading, headings on lines
// of their own (engine/segment.ts reads short lines without closing punctuation as headings). What a
// reader does not see as words never reaches a quote: link targets, images (a base64 logo can be
// megabytes), HTML tags, emphasis markers, bullets.
//
// `marked`'s lexer does the parsing (CommonMark + GFM tables); this file only walks its tokens. It runs in
// the command line and the engine, never in the content script.

import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { POLICY_NAME } from './policy-page';

export interface MarkdownText {
  text: string;
  /**
   * Title of the document: its first heading, when that is of level 1, unless a short first line above it
   * names a policy and the heading does not: an archived page keeps its title line ("Privacy Policy") above
   * a slogan set as the heading ("We don't track you.").
   */
  title?: string;
  /** The text of every heading, as written in `text`: the segmenter reads these lines as headings. */
  headings: string[];
  /**
   * The lines of list items, as written in `text`: never headings, however short ("Right to rectification
   * (Article 16 GDPR)" is an item of a list of rights). An item that is only a link (a table of contents)
   * is not listed.
   */
  listItems: string[];
  warnings: string[];
}

// Deeper nesting than this (lists in lists, quotes in quotes) is read flat: a hostile file of 100,000
// `>` must not overflow the stack. Real policies nest three or four levels.
const MAX_DEPTH = 40;
// `<br>`, `<br/>`, `<br />`, and the tags that end a block when HTML sits inside Markdown.
const LINE_BREAK_TAG =
  /<(?:br|\/?(?:p|div|li|tr|h[1-6]|ul|ol|table|section|article|blockquote|hr))\b[^>]{0,1000}>/gi;
const CELL_END_TAG = /<\/t[dh]\s*>/gi;
const ANY_TAG = /<\/?[a-z][^>]{0,1000}>|<!--[\s\S]{0,10000}?-->/gi;
const BR_TAG = /^<br\b[^>]*>$/i;
const CELL_SEPARATOR = '; ';
// A link whose words span a blank line is no link to the parser: its halves stay as text,
// "[Manage your data" and "Privacy Center](https://…)". The target goes, and the orphan bracket.
const ORPHAN_TARGET = /\]\(\s*<?[^()\s]{1,2000}>?(?:\s+"[^"\n]{0,300}")?\s*\)/g;
const ORPHAN_OPEN = /^(?:!?\[)+(?=[^\]]*$)/;
// Tokens that carry no words: a task item's `[x]` box, rules, link reference definitions.
const NO_WORDS = new Set(['space', 'hr', 'def', 'br', 'checkbox']);
// An inline image the parser could not close (a cut file, a stray bracket) still leaves its data: URI in
// the text: a run of base64 that would fill the analysed text's cap with one word.
// It starts with the literal `data:`, so that stripping it from megabytes is one linear pass.
const DATA_URI = /\bdata:\w{1,40}\/[\w.+-]{1,100}(?:;[\w=.-]{1,100})*,[^\s)]*\)?/gi;
// …and what is left of such an image: `![Logo](`.
const EMPTY_IMAGE = /!\[[^\]\n]{0,200}\]\(\s*\)?/g;
/**
 * Markdown beyond this many characters (images' data: URIs not counted) is not read: twice what the
 * engine analyses (engine/analyze.ts MAX_CHARS), so no analysed text is lost to it, while parsing 20 MB of
 * lists or emphasis would take seconds.
 */
export const MAX_MARKDOWN_CHARS = 1_200_000;

export function markdownToText(input: string): MarkdownText {
  const warnings: string[] = [];
  let markdown = input.length > MAX_MARKDOWN_CHARS ? input.replace(DATA_URI, '') : input;
  if (markdown.length > MAX_MARKDOWN_CHARS) {
    markdown = markdown.slice(0, markdown.lastIndexOf('\n', MAX_MARKDOWN_CHARS) + 1 || MAX_MARKDOWN_CHARS);
    warnings.push(
      `Only the first ${MAX_MARKDOWN_CHARS.toLocaleString('en')} characters of the Markdown were read.`,
    );
  }
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(markdown);
  } catch (error) {
    // The parser gave up (e.g. its own recursion on pathological nesting): the text is still read, as
    // plain text, and the summary says so.
    warnings.push(`The Markdown could not be parsed (${String(error)}); it was read as plain text.`);
    return { text: markdown.replace(DATA_URI, ''), headings: [], listItems: [], warnings };
  }
  const out = new Output();
  const state: WalkState = {
    title: undefined,
    headingSeen: false,
    headings: [],
    listItems: [],
    inItem: 0,
    flattened: false,
  };
  // The first block, when it is a one-line paragraph before any heading: a candidate title.
  const first = tokens.find((t) => t.type !== 'space');
  if (first?.type === 'paragraph' && !first.text.includes('\n')) state.lead = inline(first.tokens, 0).trim();
  blocks(tokens, out, state, 0);
  if (state.flattened) warnings.push(`Markdown nested deeper than ${MAX_DEPTH} levels was read flat.`);
  const title =
    state.lead && namesPolicy(state.lead) && !(state.title && namesPolicy(state.title))
      ? state.lead
      : state.title;
  return {
    text: out.toString(),
    ...(title ? { title } : {}),
    headings: state.headings,
    listItems: state.listItems,
    warnings,
  };
}

const namesPolicy = (line: string) => line.length <= 80 && POLICY_NAME.test(line);

interface WalkState {
  title: string | undefined;
  lead?: string;
  headingSeen: boolean;
  headings: string[];
  listItems: string[];
  /** How many list items the walk is inside. */
  inItem: number;
  flattened: boolean;
}

/** Lines of text with at most one blank line between blocks. */
class Output {
  private lines: string[] = [];

  /** Writes the text's lines, cleaned, and returns them as written. */
  line(text: string): string[] {
    const written: string[] = [];
    for (const part of text.split('\n')) {
      const clean = part
        .replace(DATA_URI, '')
        .replace(EMPTY_IMAGE, '')
        .replace(ORPHAN_TARGET, '')
        .replace(/[ \t]+/g, ' ')
        .trim()
        .replace(ORPHAN_OPEN, '');
      if (clean !== '') {
        this.lines.push(clean);
        written.push(clean);
      }
    }
    return written;
  }

  paragraph(text: string): string[] {
    const written = this.line(text);
    this.blank();
    return written;
  }

  blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  toString(): string {
    while (this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.join('\n');
  }
}

function blocks(tokens: Token[], out: Output, state: WalkState, depth: number): void {
  for (const token of tokens) block(token, out, state, depth);
}

function block(token: Token, out: Output, state: WalkState, depth: number): void {
  if (depth > MAX_DEPTH) {
    state.flattened = true;
    out.paragraph(flatText(token));
    return;
  }
  switch (token.type) {
    case 'heading': {
      const t = token as Tokens.Heading;
      // A heading is one line, whatever line breaks it holds.
      const text = inline(t.tokens, depth)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      if (text === '') return;
      // The document's title is its first heading when that is of level 1; a level-1 heading after a
      // table of contents is a section.
      if (!state.headingSeen && t.depth === 1) state.title = text;
      state.headingSeen = true;
      state.headings.push(text);
      out.blank();
      out.paragraph(text);
      return;
    }
    case 'paragraph': {
      const tokens = (token as Tokens.Paragraph).tokens;
      const lead = runInHeading(tokens, depth);
      if (lead) {
        state.headings.push(lead);
        out.blank();
        out.paragraph(lead);
      }
      const rest = lead ? tokens.slice(1) : tokens;
      state.listItems.push(...itemLines(out.paragraph(inline(rest, depth)), rest, state));
      return;
    }
    case 'text': {
      // Text directly in a tight list item, with its own inline tokens.
      const t = token as Tokens.Text;
      state.listItems.push(
        ...itemLines(out.line(t.tokens ? inline(t.tokens, depth) : decode(t.text)), t.tokens, state),
      );
      return;
    }
    case 'list':
      for (const item of (token as Tokens.List).items) {
        // Each item, and each paragraph or nested list inside it, is its own line: the segmenter reads
        // an item that lacks a full stop as a sentence of its own, never glued to the next one.
        listItem(item.tokens, out, state, depth + 1);
      }
      // A nested list goes on its parent's lines; a list ends a block.
      if (depth === 0) out.blank();
      return;
    case 'blockquote':
      blocks((token as Tokens.Blockquote).tokens, out, state, depth + 1);
      return;
    case 'table': {
      const t = token as Tokens.Table;
      // A row is a line of its cells; a line break inside a cell stays inside the row.
      const row = (cells: Tokens.TableCell[]) =>
        cells
          .map((c) =>
            inline(c.tokens, depth)
              .replace(/\s*\n\s*/g, ' ')
              .trim(),
          )
          .filter((c) => c !== '')
          .join(CELL_SEPARATOR);
      out.line(row(t.header));
      for (const cells of t.rows) out.line(row(cells));
      out.blank();
      return;
    }
    case 'code':
      out.paragraph((token as Tokens.Code).text);
      return;
    case 'html':
      out.paragraph(htmlText((token as Tokens.HTML).text));
      return;
    default:
      // space, hr, def (link reference definitions): no words. Anything else (an extension's token): its
      // text, so that nothing is lost silently.
      if (!NO_WORDS.has(token.type)) out.paragraph(flatText(token));
  }
}

/**
 * A list item's blocks, spaced as the HTML extractor spaces `<li>We use it:<ul>…</ul><p>…</p></li>`: the
 * paragraph that leads into a nested list stays on the list's lines (the text reflow joins a lead-in to
 * its items), and a paragraph after the nested list starts a block of its own, not the last item's line.
 */
function listItem(tokens: Token[], out: Output, state: WalkState, depth: number): void {
  state.inItem++;
  tokens.forEach((token, i) => {
    // The parser never writes two space tokens in a row: this looks one or two tokens ahead.
    let j = i + 1;
    while (tokens[j]?.type === 'space') j++;
    const next = tokens[j];
    if (token.type === 'paragraph' && next?.type === 'list') {
      out.line(inline((token as Tokens.Paragraph).tokens, depth));
      return;
    }
    block(token, out, state, depth);
    if (token.type === 'list' && next && next.type !== 'list') out.blank();
  });
  state.inItem--;
}

/** The lines just written, when they are a list item's words and not a link alone (a contents entry). */
function itemLines(lines: string[], tokens: Token[] | undefined, state: WalkState): string[] {
  if (state.inItem === 0) return [];
  const words = (tokens ?? []).filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  return words.length === 1 && words[0]?.type === 'link' ? [] : lines;
}

// A run-in heading: a paragraph that opens with a few bold words, then its text ("**Log Files** As with
// most websites, we collect…"). Bold words that end a sentence ("**We do not sell your data.** We…") are
// emphasis, not a heading.
const RUN_IN_HEADING = /^[^.!?;\n]{2,60}?:?$/;

/** The bold words a paragraph opens with, when they head it as a heading would; else undefined. */
function runInHeading(tokens: Token[], depth: number): string | undefined {
  const [first, second] = tokens;
  if (first?.type !== 'strong' || second?.type !== 'text') return undefined;
  const lead = inline((first as Tokens.Strong).tokens, depth + 1).trim();
  const rest = (second as Tokens.Text).text;
  if (!RUN_IN_HEADING.test(lead) || !/^\s+[A-Z]/.test(rest)) return undefined;
  return lead.replace(/:$/, '');
}

/** The words of a run of inline tokens; `\n` only where the author broke the line (`<br>`, two spaces). */
function inline(tokens: Token[] | undefined, depth: number): string {
  if (!tokens) return '';
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'codespan': {
        const t = token as Tokens.Text;
        // A soft line break inside a paragraph is a space (CommonMark).
        text +=
          t.tokens && depth < MAX_DEPTH ? inline(t.tokens, depth + 1) : decode(t.text).replace(/\n/g, ' ');
        break;
      }
      case 'escape':
        text += (token as Tokens.Escape).text;
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        // Emphasis markers and link targets go; the words stay. An autolink's words are its address.
        text +=
          depth < MAX_DEPTH
            ? inline((token as Tokens.Link).tokens, depth + 1)
            : decode((token as Tokens.Link).text);
        break;
      case 'image':
      case 'checkbox':
        // A logo or an illustration (often a data: URI of megabytes) is no statement of practice.
        break;
      case 'br':
        text += '\n';
        break;
      case 'html':
        text += BR_TAG.test((token as Tokens.Tag).text.trim()) ? '\n' : htmlText((token as Tokens.Tag).text);
        break;
      default:
        text += flatText(token);
    }
  }
  return text;
}

/** Text inside raw HTML: tags go, line-breaking tags become line breaks, entities are decoded. */
function htmlText(html: string): string {
  return decode(
    html.replace(CELL_END_TAG, CELL_SEPARATOR).replace(LINE_BREAK_TAG, '\n').replace(ANY_TAG, ''),
  );
}

function decode(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** A token's own text when its structure is not walked (too deep, or of an unknown kind). */
function flatText(token: Token): string {
  const t = token as { text?: unknown; raw?: unknown };
  const text = typeof t.text === 'string' ? t.text : typeof t.raw === 'string' ? t.raw : '';
  return htmlText(text);
}
