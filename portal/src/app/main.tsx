import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './styles.css';
import { App } from './App';
import { createUserManager, type PortalClientConfig } from './auth';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const response = await fetch('/config.json');
    if (!response.ok) throw new Error(String(response.status));
    const config = (await response.json()) as PortalClientConfig;
    if (window.location.pathname === '/connexion/silencieuse') {
      // Inside the hidden iframe of a silent renewal: hand the answer to the page and render nothing.
      await createUserManager(config).signinSilentCallback();
      return;
    }
    root.render(<App users={createUserManager(config)} />);
  } catch {
    root.render(
      <main id="contenu">
        <h1>Maillage est momentanément indisponible</h1>
        <p>Réessayez dans un instant.</p>
      </main>,
    );
  }
}

void start();
