import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { PermissionApp } from '../../components/PermissionApp';
import { siteOrigin, updateSettings } from '../../settings/settings';

// permission.html?origin=<origin>, opened by the hover badge's "Allow reading <site>". permissions.request
// needs a user gesture in an extension page, which a content script cannot give: hence this page.
const param = new URLSearchParams(location.search).get('origin') ?? '';
const origin = siteOrigin(param);

const root = document.getElementById('app');
if (root) {
  render(
    <PermissionApp
      origin={origin !== null && origin === param ? origin : null}
      request={async (o) => {
        const granted = await browser.permissions.request({ origins: [`${o}/*`] });
        if (granted) await updateSettings((s) => ({ ...s, readSites: [...s.readSites, o] }));
        return granted;
      }}
      close={() => window.close()}
    />,
    root,
  );
}
