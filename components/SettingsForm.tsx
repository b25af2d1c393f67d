import { useState } from 'preact/hooks';
import {
  KEEP_DAYS_MAX,
  KEEP_DAYS_MIN,
  parseKeepDays,
  parseSiteInput,
  type Settings,
} from '../settings/sanitise';

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
      <KeepDays days={settings.keepDays} onDays={(keepDays) => onChange({ ...settings, keepDays })} />
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

/**
 * "Keep for" is checked when the person commits a value (Enter or leaving the field), not at each key:
 * clamping "3" on the way to "30" would fight the typing. What is saved is shown in the field at once,
 * with a message whenever it differs from what was typed.
 */
function KeepDays({ days, onDays }: { days: number; onDays: (days: number) => void }) {
  const [message, setMessage] = useState('');
  const commit = (input: HTMLInputElement) => {
    const parsed = parseKeepDays(input.value);
    setMessage(parsed.message);
    if (!parsed.ok) {
      input.value = String(days);
      return;
    }
    // Set by hand: when neither the saved value nor the message changes, nothing re-renders the field.
    input.value = String(parsed.days);
    if (parsed.days !== days) onDays(parsed.days);
  };
  return (
    <p>
      <label>
        Keep saved summaries for{' '}
        <input
          type="number"
          name="keepDays"
          min={KEEP_DAYS_MIN}
          max={KEEP_DAYS_MAX}
          step={1}
          value={days}
          aria-describedby="keepDays-message"
          onChange={(e) => commit(e.currentTarget)}
        />{' '}
        days
      </label>
      <span id="keepDays-message" role="status" class="muted small hint">
        {message || `From ${KEEP_DAYS_MIN} to ${KEEP_DAYS_MAX} days.`}
      </span>
    </p>
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
    const parsed = parseSiteInput(draft);
    if (!parsed.ok) {
      // The draft stays in the field, so that the person can correct it.
      setError(parsed.message);
      return;
    }
    setDraft('');
    if (sites.includes(parsed.host)) {
      setError(`${parsed.host} is already listed.`);
      return;
    }
    setError('');
    onAdd?.(parsed.host);
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
              aria-invalid={error !== '' && draft !== ''}
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
