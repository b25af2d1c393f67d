import { KEEP_DAYS_MAX, KEEP_DAYS_MIN, type Settings } from '../settings/settings';

export function SettingsForm({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (s: Settings) => void;
}) {
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
        <span class="muted small hint">Saved now; the link badges come in a later version.</span>
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
    </section>
  );
}
