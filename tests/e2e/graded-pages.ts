// Two policy texts for the tests of what the extension grades (tests/e2e/rendered-page.test.ts,
// tests/e2e/hiding-tricks.test.ts): VISIBLE says the service sells, tracks and keeps data, HIDDEN that it
// never does; a page shows the first and hides the second. cliGrade is what `policylens analyze` gives.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const VISIBLE = `<h1>Privacy Policy</h1>
<p>This privacy policy explains how we collect, use and share your personal information.</p>
<h2>Information we collect</h2>
<p>We collect your name, email address, phone number, IP address and device identifiers when you use the service.</p>
<h2>How we share your information</h2>
<p>We sell your personal information to data brokers. We share your personal information with advertisers for their own marketing purposes.</p>
<h2>Cookies and tracking</h2>
<p>We use cookies. Third-party advertising networks set cookies on our site and track you across websites. We use your information to show you targeted advertising.</p>
<h2>Your choices</h2>
<p>You cannot delete your account or your personal information. You cannot opt out of the sale of your personal information.</p>
<h2>Retention</h2>
<p>We keep your personal information indefinitely.</p>
<h2>Do Not Track</h2>
<p>We do not respond to Do Not Track signals or Global Privacy Control.</p>`;

export const HIDDEN = `<h1>Privacy Policy</h1>
<p>This privacy policy explains how we collect and protect your personal information.</p>
<h2>Information we collect</h2>
<p>We collect your email address when you create an account.</p>
<h2>Sharing</h2>
<p>We never sell your personal information. We do not share your personal information with advertisers or other third parties for their own purposes.</p>
<h2>Cookies</h2>
<p>We do not allow third parties to track you on our site. We do not use your information for targeted advertising.</p>
<h2>Your rights</h2>
<p>You can access, correct and delete your account and your personal information at any time in your settings. You can opt out of marketing emails.</p>
<h2>Retention and security</h2>
<p>We delete your personal information 30 days after you close your account. We use encryption (TLS) to protect your data.</p>
<h2>Do Not Track</h2>
<p>We honour Do Not Track and Global Privacy Control signals.</p>`;

export const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>Privacy Policy</title>${head}</head><body>${body}</body></html>`;

/** The grade `policylens analyze` gives an HTML page. */
export function cliGrade(html: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'policylens-rendered-'));
  try {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    const run = spawnSync(process.execPath, ['cli/launch.mjs', 'analyze', file, '--format', 'json'], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`policylens analyze failed: ${run.stderr}`);
    return (JSON.parse(run.stdout) as { grade: string }).grade;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
