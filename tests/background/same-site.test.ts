import { describe, expect, test } from 'vitest';
import { registrableDomain, sameSite } from '../../background/same-site';

describe('sameSite', () => {
  describe('returns true', () => {
    test.each<[string, string, string]>([
      ['the same origin', 'https://shop.example/a', 'https://shop.example/privacy'],
      ['www to a policies subdomain', 'https://www.example.com/', 'https://policies.example.com/privacy'],
      ['the bare domain to a subdomain', 'https://example.com/', 'https://legal.example.com/'],
      ['deep subdomains', 'https://a.b.c.example.com/', 'https://x.example.com/'],
      ['under a two-part public suffix', 'https://www.example.co.uk/', 'https://privacy.example.co.uk/'],
      ['another scheme or port of the same domain', 'http://www.example.com/', 'https://example.com:8443/'],
      ['letter case', 'https://WWW.Example.COM/', 'https://policies.example.com/'],
      ['an international name, typed or in punycode', 'https://www.bücher.de/', 'https://xn--bcher-kva.de/'],
      ['the same IP address and port', 'http://127.0.0.1:8080/', 'http://127.0.0.1:8080/privacy'],
    ])('%s: %s and %s', (_what, a, b) => {
      expect(sameSite(a, b)).toBe(true);
      expect(sameSite(b, a)).toBe(true);
    });
  });

  describe('returns false', () => {
    test.each<[string, string, string]>([
      ['two names under a two-part public suffix', 'https://example.co.uk/', 'https://other.co.uk/'],
      ['two names under one public suffix', 'https://example.com/', 'https://example.org/'],
      ['two owners on a shared hosting suffix', 'https://alice.github.io/', 'https://bob.github.io/'],
      ['a name and its public suffix', 'https://example.co.uk/', 'https://co.uk/'],
      ['a lookalike ending', 'https://example.com/', 'https://notexample.com/'],
      ['two ports of one IP address', 'http://127.0.0.1:8080/', 'http://127.0.0.1:9090/'],
      ['two IP addresses', 'http://10.0.0.1/', 'http://10.0.0.2/'],
      ['two ports of localhost', 'http://localhost:1/', 'http://localhost:2/'],
      ['a link that does not parse', 'https://example.com/', 'http://[broken'],
      ['a link that is not http(s)', 'https://example.com/', 'javascript:alert(1)'],
      ['a file link', 'file:///etc/passwd', 'file:///etc/hosts'],
    ])('%s: %s and %s', (_what, a, b) => {
      expect(sameSite(a, b)).toBe(false);
      expect(sameSite(b, a)).toBe(false);
    });
  });
});

describe('registrableDomain', () => {
  test.each<[string, string | null]>([
    ['policies.example.com', 'example.com'],
    ['www.example.co.uk', 'example.co.uk'],
    ['alice.github.io', 'alice.github.io'],
    ['co.uk', null],
    ['127.0.0.1', null],
    ['[::1]', null],
    ['localhost', null],
  ])('%s → %s', (host, expected) => expect(registrableDomain(host)).toBe(expected));
});
