// Whether two addresses belong to the same site: the same registrable domain by the Public Suffix List
// (www.example.com and policies.example.com are one site; example.co.uk and other.co.uk, or
// alice.github.io and bob.github.io, are two). The list comes from tldts-experimental, tldts's build that
// keeps the list as 32-bit hashes of the suffixes: 115 KB raw, 51 KB gzip in the background bundle, where
// tldts's trie cost 277 KB raw (Vite's minifier copied its long label string into each of its 3 uses).
// A hash can only err for a suffix not on the list whose hash equals a listed one's. Background only,
// never the content script, which gets the decision in its answer instead.

import { getDomain } from 'tldts-experimental';

/** The private section too: on github.io or blogspot.com each name is its own owner's site. */
const PSL_OPTIONS = { allowPrivateDomains: true, validateHostname: true } as const;

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** "policies.example.co.uk" → "example.co.uk"; null for an IP address, "localhost" or a bare suffix. */
export function registrableDomain(hostname: string): string | null {
  if (hostname.startsWith('[')) return null;
  return getDomain(hostname, PSL_OPTIONS);
}

/**
 * Same site: the same origin, or the same registrable domain whatever the subdomain, scheme or port (a
 * person who reads example.com's page reads example.com's policy, on whichever of its hosts it is). A host
 * with no registrable domain (an IP address, localhost) is a site only with its own origin: two ports of
 * 127.0.0.1 may be two unrelated servers.
 */
export function sameSite(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  if (x === null || y === null) return false;
  if (x.origin === y.origin) return true;
  const domain = registrableDomain(x.hostname);
  return domain !== null && domain === registrableDomain(y.hostname);
}
