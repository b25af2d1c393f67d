import { useState } from 'preact/hooks';
import { KEEP_DAYS_MAX, KEEP_DAYS_MIN, type Settings, siteHost } from '../settings/sanitise';

export function SettingsForm({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (s: Settings) => void;
}) {
  const removeFrom = (list: 'badgesOffSites' | 'readSites') => (site: string) =>
    onChange({ ...settings, [list]: settings[list].filter((s) => s !== site) });
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <p>
        <label>
          <input
            type="checkbox"
            name="showLinkBadges"
            checked={settings.showLinkBadges}
            onChange={(e) => onChange({ ...settings, showLinkBadges: e.currentTarget.checked })}
          />{' '}
          Show grade badges beside privacy links on web pages
        </label>
        <span class="muted small hint">
          When you point at or focus a link to a privacy policy, a small badge shows its grade.
        </span>
      </p>
      <p>
        <label>
          Keep saved summaries for{' '}
          <input
            type="number"
            name="keepDays"
            min={KEEP_DAYS_MIN}
            max={KEEP_DAYS_MAX}
            value={settings.keepDays}
            onChange={(e) => onChange({ ...settings, keepDays: Number(e.currentTarget.value) })}
          />{' '}
          days
        </label>
      </p>
      <SiteList
        heading="Badges are off on these sites"
        empty="None: badges show on every site."
        name="badgesOffSites"
        sites={settings.badgesOffSites}
        onRemove={removeFrom('badgesOffSites')}
        onAdd={(site) => onChange({ ...settings, badgesOffSites: [...settings.badgesOffSites, site] })}
      />
      {settings.readSites.length > 0 && (
        <SiteList
          heading="Sites PolicyLens may read when you point at a link to them"
          empty=""
          name="readSites"
          sites={settings.readSites}
          onRemove={removeFrom('readSites')}
        />
      )}
    </section>
  );
}

function SiteList({
  heading,
  empty,
  name,
  sites,
  onRemove,
  onAdd,
}: {
  heading: string;
  empty: string;
  name: string;
  sites: string[];
  onRemove: (site: string) => void;
  onAdd?: (site: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const headingId = `${name}-heading`;
  const add = (event: Event) => {
    event.preventDefault();
    const host = siteHost(draft);
    if (host === null) {
      setError('Type a site name, such as example.com.');
      return;
    }
    setError('');
    setDraft('');
    onAdd?.(host);
  };
  return (
    <div class="site-list" data-list={name}>
      <h3 id={headingId}>{heading}</h3>
      {sites.length === 0 ? (
        <p class="muted small">{empty}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button type="button" aria-label={`Remove ${site}`} onClick={() => onRemove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {onAdd && (
        <form onSubmit={add}>
          <label>
            Switch badges off on{' '}
            <input
              type="text"
              name={`${name}-new`}
              placeholder="example.com"
              value={draft}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
          </label>{' '}
          <button type="submit">Add</button>
          {error && (
            <span role="alert" class="error-message small">
              {' '}
              {error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
