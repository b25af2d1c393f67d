import { render } from 'preact';
import '../../assets/ui.css';
import { OptionsApp } from '../../components/OptionsApp';
import { backgroundMessenger } from '../../messaging/messengers';
import { optionsApi } from '../../messaging/options-api';
import { loadSettings, saveSettings } from '../../settings/settings';

// The saved summaries and the version history are the background's: this page asks it for them and never
// opens IndexedDB itself (a second context holding the databases open would block their upgrades).
const api = optionsApi((type, data) => backgroundMessenger.sendMessage(type, data), {
  loadSettings,
  saveSettings,
});

const root = document.getElementById('app');
if (root) render(<OptionsApp api={api} />, root);
