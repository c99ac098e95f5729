// Renderer entry: picks the transport, loads preferences and the UI language, then renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { initI18n } from './i18n';
import { App } from './app/App';
import { ClientProvider } from './api/ClientContext';
import './styles/base.css';
import './styles/workspace.css';
import './styles/project.css';
import './styles/claims.css';

async function start() {
  const client = createClient();
  const [prefs, info] = await Promise.all([client.api.getPreferences(), client.api.appInfo()]);
  const language = prefs.ok ? prefs.value.language : 'zh-CN';
  await initI18n(language);
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <ClientProvider client={client}>
        <App initialPreferences={prefs.ok ? prefs.value : undefined} appInfo={info.ok ? info.value : undefined} />
      </ClientProvider>
    </StrictMode>,
  );
}

void start();
