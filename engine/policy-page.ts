// Decides whether a page is a privacy policy from its URL, title, headings and text. Pure and without
// dependencies: the content script runs it on every page (so it stays tiny and looks at no more than ~20k
// characters), and the engine runs it on text from the command line and on fetched pages.

export interface PageSignals {
  url: string;
  title: string;
  headings: string[];
  text: string;
}

export interface PolicyVerdict {
  isPolicy: boolean;
  /** 0..1 */
  confidence: number;
  reasons: string[];
}

export const TEXT_CAP = 20_000;
export const HEADING_CAP = 30;
export const HEADING_CHARS = 200;
const THRESHOLD = 5;

// "Privacy Supplement" and "Privacy Disclosures" are what services call the privacy notice of one product
// or one state today.
export const POLICY_NAME =
  /\b(?:privacy|data protection|cookies?)[ -]*(?:policy|policies|notice|statement|pledge|promise|center|centre|supplement|disclosures?)\b|\bprivacy\b.{0,40}\b(?:polic(?:y|ies)|notice|statement)\b|\bdatenschutz/i;
const PRIVACY_WORD = /\bprivacy\b|\bdatenschutz/i;
// Other legal pages: a title naming only these is not a privacy policy, even if it cites one.
const OTHER_LEGAL =
  /\bterms\b|\bconditions\b|\buser agreement\b|\blegal notice\b|\bimprint\b|\bdisclaimer\b/i;
// A policy URL segment: short, and names privacy or a cookie policy ("privacy", "privacy-policy",
// "PrivacyPolicy.aspx", "privacy_agreement", "cookie-notice"). A news slug that mentions privacy among many
// words does not count.
const PRIVACY_SEGMENT =
  /privacy|datenschutz|data-?protection|cookie-?(?:policy|notice|statement)|cookies-?policy/i;
// Headings of the sections a policy has; two or more of them outline one.
// Today's (GDPR-era) policies add legal bases, transfers, storage and the controller.
const SECTION_HEADING =
  /\b(?:collect|cookies?|tracking|third[- ]part|shar(?:e|ing)|disclos|children|security|retention|retain|opt[- ]out|your (?:choices|rights|privacy|information|data)|changes to|advertis|do not track|california|personal (?:information|data)|(?:legal|lawful) bas|legitimate interest|data (?:subject|controller|protection)|transfer|storage|how (?:long )?we (?:use|keep|store|process|protect))/i;
// Headings a contract has and a privacy policy rarely does: three of them outline terms of service.
const CONTRACT_HEADING =
  /\b(?:terminat|governing law|arbitrat|dispute|indemnif|liabilit|warrant|disclaimer|intellectual property|acceptable use|payment|refund|licen[cs]e|severab)/i;
const SELF_INTRODUCTION =
  /\b(?:this|our) (?:online )?(?:privacy|data protection) (?:policy|statement|notice|supplement) (?:describes|explains|sets out|applies|covers|governs|tells)|\b(?:we are|is|are) (?:firmly )?committed to (?:protecting|respecting|safeguarding) (?:the |your |our users' )?privacy/i;
// Search engines echo the query ("privacy policy - Search") in the title and the result headings.
// …and name themselves in it ("privacy policy - Findr Search", "Search results for privacy"), which is all a
// page saved to a file still shows.
const SEARCH_TITLE = /\bsearch results?\b|\bresults for\b|[-–|:] ?(?:\w+ )?search$/i;
const SEARCH_PARAM = /[?&](?:q|query|search|s|k|keywords?|term)=/i;

// Phrases a policy uses to describe its own practice. Each counts once (distinct) for breadth; first-person
// statements of practice separate a policy from an article about one. One string split at "|": in the content
// script, 32 quoted strings cost bytes on every page.
const VOCABULARY =
  'personal information|personal data|personally identifiable|third part|service providers|cookies|web beacons|pixel|ip address|opt out|opt-out|unsubscribe|do not track|children under|parental consent|california|retain|security measures|safeguards|disclose|affiliates|analytics|advertis|consent|this privacy policy|this policy|privacy policy|changes to this|contact us|access, correct|information we collect|browser'.split(
    '|',
  );
const FIRST_PERSON =
  /\b(?:we|us)\s+(?:may\s+|will\s+|do\s+not\s+|does\s+not\s+|don't\s+|never\s+|also\s+|automatically\s+|only\s+)?(?:collect|use|share|disclose|sell|rent|retain|store|process|receive|obtain|gather|combine|transfer|keep|protect)s?\b|\byour (?:personal )?(?:information|data)\b/gi;

export function scorePolicyPage(signals: PageSignals): PolicyVerdict {
  // Reasons are short on purpose: this runs in the content script, whose every byte is on every page.
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${why} ${points > 0 ? '+' : ''}${points}`);
  };

  const urlPoints = scoreUrl(signals.url);
  if (urlPoints > 0) add(urlPoints, 'privacy URL');

  const title = signals.title.slice(0, 300);
  const otherLegal = !POLICY_NAME.test(title) && !PRIVACY_WORD.test(title) && OTHER_LEGAL.test(title);
  if (POLICY_NAME.test(title)) add(3, 'title names a policy');
  else if (PRIVACY_WORD.test(title)) add(1, 'title says privacy');
  else if (OTHER_LEGAL.test(title)) add(-2, 'title names another legal page');

  const headings = signals.headings.slice(0, HEADING_CAP).map((h) => h.slice(0, HEADING_CHARS));
  if (headings.some((h) => POLICY_NAME.test(h) && h.length <= 80)) add(2, 'heading names a policy');
  const sections = headings.filter((h) => h.length <= 100 && SECTION_HEADING.test(h)).length;
  if (sections >= 2) add(1, `${sections} section headings`);
  const contracts = headings.filter((h) => h.length <= 100 && CONTRACT_HEADING.test(h)).length;
  // A policy's outline: most of its headings are policy sections ("Sharing your information",
  // "Retaining your information", "Legal basis"), which is all a policy without a title shows.
  if (sections >= 5 && sections > contracts) add(1, 'five or more');
  const named = POLICY_NAME.test(title) || headings.some((h) => POLICY_NAME.test(h));
  if (!named && contracts >= 3) add(-2, `${contracts} contract headings`);
  // Text without a title or heading that names it (a policy saved as plain text) may still introduce
  // itself near its top: "This Privacy Policy describes…", "Acme is committed to protecting the privacy of
  // our users". It stands in for the missing title (+3); named already, it only confirms the name (+1).
  // Terms of service point to their policy in the same words ("Our Privacy Policy explains how we…"): a
  // text titled or outlined as a contract does not introduce itself so.
  const introduces = SELF_INTRODUCTION.test(signals.text.slice(0, 2000));
  if (!named && introduces && !otherLegal && contracts < 3) add(3, 'text introduces itself as a policy');
  else if (named && introduces) add(1, 'and says so');
  if (SEARCH_PARAM.test(signals.url) || SEARCH_TITLE.test(title)) add(-3, 'search page');

  const text = signals.text.slice(0, TEXT_CAP).toLowerCase();
  const words = countWords(text);
  let distinct = 0;
  for (const phrase of VOCABULARY) if (text.includes(phrase)) distinct++;
  const firstPerson = Math.min(1000, text.match(FIRST_PERSON)?.length ?? 0);
  // Per 1000 words, so that a long page with a privacy paragraph does not count as much as a policy.
  const density = words === 0 ? 0 : (firstPerson * 1000) / words;
  let textPoints = 0;
  // A text that states its practices sentence after sentence ("we collect…", "we share…", "your data…")
  // is a policy even in plain words (a search engine's policy: 73 such statements, 24 per 1000 words);
  // terms of service and articles state few.
  if (
    (distinct >= 16 && firstPerson >= 8 && density >= 6) ||
    (distinct >= 10 && firstPerson >= 25 && density >= 12)
  )
    textPoints = 4;
  else if (distinct >= 12 && firstPerson >= 5 && density >= 3) textPoints = 3;
  else if (distinct >= 8 && firstPerson >= 3) textPoints = 2;
  else if (distinct >= 5 || (distinct >= 3 && firstPerson >= 1)) textPoints = 1;
  if (words < 80) textPoints = Math.min(textPoints, 1);
  if (textPoints > 0)
    add(textPoints, `${distinct} terms, ${firstPerson} statements, ${density.toFixed(1)}/1000 words`);

  // A page that only names itself a policy (a shell before its script renders the text) is not one yet.
  const isPolicy = score >= THRESHOLD && textPoints > 0;
  // Logistic around the threshold: 0.5 at the threshold, ~0.95 three points above.
  const confidence = Math.round((1 / (1 + Math.exp(-(score - THRESHOLD + 0.5)))) * 100) / 100;
  if (score < THRESHOLD) reasons.push(`score ${score} < ${THRESHOLD}`);
  else if (!isPolicy) reasons.push('no policy words');
  return { isPolicy, confidence, reasons };
}

function scoreUrl(raw: string): number {
  try {
    return urlPoints(new URL(raw), true);
  } catch {
    return 0;
  }
}

/**
 * How strongly an address names a privacy policy: 2 for a host or a path segment that does, 1 for a query
 * ("?page=privacy") or, when `hash` is true, a fragment ("#privacy-policy"); never a search for "privacy".
 * The link finder (content/links.ts) reads addresses with the same words.
 */
export function urlPoints(url: URL, hash: boolean): number {
  if (/^(?:privacy|datenschutz)\./i.test(url.hostname)) return 2;
  for (const segment of url.pathname.split('/')) {
    if (!PRIVACY_SEGMENT.test(segment)) continue;
    // "privacy-policy.html", "PrivacyPolicy.aspx", not a headline slug that mentions privacy.
    if (segment.replace(/\.\w{1,5}$/, '').split(/[-_.+]|%20/).length <= 4) return 2;
  }
  return /(?:[?&](?:page|p|section|topic|id|view|doc)=|#)privacy\b/i.test(url.search + (hash ? url.hash : ''))
    ? 1
    : 0;
}

function countWords(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return text.length > 0 ? n + 1 : 0;
}
