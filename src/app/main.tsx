import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/theme.css';
import './styles/base.css';
import { App } from './App';
import { UpdateBanner } from './features/offline/UpdateBanner';
import { AppUpdates } from './services/appUpdates';
import { TrainingService } from './services/trainingService';
import { TrainingServiceContext } from './services/trainingServiceContext';
import { appStore } from './store/appStore';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain an element with id "root".');

// The service lives outside React: StrictMode's double effects must not start two workers.
const trainingService = new TrainingService(appStore);
trainingService.start();
// The service worker (offline use and updates) registers once the page has loaded.
const appUpdates = new AppUpdates();
appUpdates.start();

createRoot(root).render(
  <StrictMode>
    <TrainingServiceContext value={trainingService}>
      <App />
      <UpdateBanner updates={appUpdates} />
    </TrainingServiceContext>
  </StrictMode>,
);
