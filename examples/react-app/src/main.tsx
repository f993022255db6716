// Registers the two widgets from the package (as an SDK user would, no script tag), then starts the app.
import '@tsunagu/elements/define/window-finder.js';
import '@tsunagu/elements/define/concern-report.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { readConfig } from './config.js';

const mount = document.getElementById('app');
if (!mount) throw new Error('react-app: no #app element');
const config = readConfig(mount);
createRoot(mount).render(
  <StrictMode>
    <App config={config} />
  </StrictMode>,
);
