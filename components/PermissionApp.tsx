import { useState } from 'preact/hooks';

export interface PermissionAppProps {
  /** The site to allow, already checked to be an http(s) origin; null for a bad link. */
  origin: string | null;
  /** Asks the browser (a user gesture: called from the button's click) and remembers the answer. */
  request: (origin: string) => Promise<boolean>;
  close: () => void;
}

type Status = 'asking' | 'granted' | 'refused' | 'failed';

export function PermissionApp({ origin, request, close }: PermissionAppProps) {
  const [status, setStatus] = useState<Status>('asking');
  if (origin === null) {
    return (
      <main class="options" data-state="error">
        <h1>PolicyLens</h1>
        <p>This link does not name a web site.</p>
      </main>
    );
  }
  const site = new URL(origin).host;
  const allow = () => {
    request(origin).then(
      (granted) => setStatus(granted ? 'granted' : 'refused'),
      () => setStatus('failed'),
    );
  };
  return (
    <main class="options" data-state={`permission-${status}`}>
      <h1>Allow PolicyLens to read {site}?</h1>
      <p>
        To grade a privacy policy linked from another site, PolicyLens downloads that one page from{' '}
        <strong>{origin}</strong>, without your cookies, only when you point at or focus a link to it.
      </p>
      {status === 'asking' && (
        <p class="actions">
          <button type="button" class="primary" onClick={allow}>
            Allow reading {site}
          </button>
          <button type="button" class="secondary" onClick={close}>
            Not now
          </button>
        </p>
      )}
      {status === 'granted' && (
        <p role="status">
          Allowed. Point at the link again to see the policy's grade; you can close this tab.
        </p>
      )}
      {status === 'refused' && <p role="status">Not allowed. PolicyLens will not read {site}.</p>}
      {status === 'failed' && (
        <p role="alert" class="error-message">
          The browser did not ask. Try again from the link's badge.
        </p>
      )}
    </main>
  );
}
