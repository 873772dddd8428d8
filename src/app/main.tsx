import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Words first: the language is chosen (remembered, else the browser's) before anything renders.
import './i18n/i18n';
import './styles/theme.css';
import './styles/base.css';
import { App } from './App';
import { UpdateBanner } from './features/offline/UpdateBanner';
import { AppUpdates } from './services/appUpdates';
import { followDocumentLinks } from './features/share/documentLinks';
import { keepRunHistoryOf } from './features/persist/keepRunHistory';
import { TrainingService } from './services/trainingService';
import { TrainingServiceContext } from './services/trainingServiceContext';
import { createSavingAppStore, StoreProvider } from './store/appStore';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain an element with id "root".');

// The store and the service live outside React: StrictMode's double effects must not start two workers.
const store = createSavingAppStore(window.localStorage);
const trainingService = new TrainingService(store);
// The work saved in this browser comes back first; a link's document (#doc=...) then wins over it,
// and is opened again whenever the hash changes. The worker starts once both are on screen.
void Promise.resolve(store.persist.rehydrate()).finally(() => {
  followDocumentLinks(store, window);
  keepRunHistoryOf(store);
  trainingService.start();
});
// The service worker (offline use and updates) registers once the page has loaded.
const appUpdates = new AppUpdates();
appUpdates.start();

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <TrainingServiceContext value={trainingService}>
        <App />
        <UpdateBanner updates={appUpdates} />
      </TrainingServiceContext>
    </StoreProvider>
  </StrictMode>,
);
