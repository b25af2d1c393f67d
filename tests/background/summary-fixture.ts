// A small policy, as HTML and as a Summary, shared by the background, db and ui tests.

import type { Summary } from '../../engine/types';
import { analyze } from '../../rules/engine';

export const POLICY_HTML = `<!doctype html><html lang="en"><head><title>Example Privacy Policy</title></head><body>
<main><h1>Privacy Policy</h1>
<h2>Information we collect</h2>
<p>We collect your name, email address and postal address when you create an account.</p>
<p>We automatically collect your IP address, browser type and the pages you visit.</p>
<h2>Cookies</h2>
<p>We use cookies and web beacons to remember your preferences.</p>
<p>Third-party advertising networks may place cookies on your browser to show you interest-based ads.</p>
<h2>Sharing</h2>
<p>We do not sell or rent your personal information to third parties.</p>
<p>We may disclose your information if required by law or in response to a subpoena.</p>
<h2>Your choices</h2>
<p>You may opt out of marketing emails by clicking the unsubscribe link.</p>
<p>You can access, correct or delete your account information at any time.</p>
<h2>Security</h2>
<p>We use SSL encryption to protect your data in transit.</p>
<h2>Children</h2>
<p>Our service is not directed to children under 13 and we do not knowingly collect their data.</p>
<h2>Changes</h2>
<p>We will notify you by email of any material changes to this policy.</p>
<h2>Contact us</h2>
<p>Questions about this privacy policy can be sent to privacy@example.com.</p>
</main></body></html>`;

export const POLICY_TEXT = POLICY_HTML.replace(/<[^>]+>/g, '\n');

export function sampleSummary(url = 'https://example.com/privacy'): Summary {
  return analyze(POLICY_TEXT, { url, title: 'Example Privacy Policy' });
}
