// The popup's states other than a summary.

import type { PrivacyLink } from '../messaging/protocol';

export function Loading() {
  return (
    <div class="state" data-state="loading" role="status" aria-live="polite">
      <h1>PolicyLens</h1>
      <div class="loading-bar" aria-hidden="true" />
      <p class="muted">Reading the policy on this device…</p>
    </div>
  );
}

export function ErrorMessage({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div class="state" data-state="error" role="alert">
      <h1>Something went wrong</h1>
      <p class="error-message">{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Unreadable({ reason }: { reason: string }) {
  return (
    <div class="state" data-state="unreadable">
      <h1>Cannot read this page</h1>
      <p>{reason}</p>
    </div>
  );
}

export interface NotPolicyProps {
  links: PrivacyLink[];
  onAnalyse: () => void;
  onOpenLink: (href: string) => void;
}

export function NotPolicy({ links, onAnalyse, onOpenLink }: NotPolicyProps) {
  return (
    <div class="state" data-state="not-policy">
      <h1>This page does not look like a privacy policy</h1>
      {links.length > 0 ? (
        <>
          <p>This site links to its privacy policy here:</p>
          <ul class="links">
            {links.map((link) => (
              <li key={link.href}>
                {/* A button, not a link: the popup must open it in the tab, not inside itself. */}
                <button type="button" class="link" onClick={() => onOpenLink(link.href)}>
                  {link.text}
                </button>
                <span class="muted small url">{link.href}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No privacy policy link was found on it.</p>
      )}
      <button type="button" onClick={onAnalyse}>
        Analyse anyway
      </button>
    </div>
  );
}
