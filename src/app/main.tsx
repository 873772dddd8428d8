import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/theme.css';
import './styles/base.css';
import { App } from './App';
import { followDocumentLinks } from './features/share/documentLinks';
import { TrainingService } from './services/trainingService';
import { TrainingServiceContext } from './services/trainingServiceContext';
import { appStore } from './store/appStore';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain an element with id "root".');

// A link's document (#doc=...) is opened before anything starts, and again whenever the hash changes.
followDocumentLinks(appStore, window);

// The service lives outside React: StrictMode's double effects must not start two workers.
const trainingService = new TrainingService(appStore);
trainingService.start();

createRoot(root).render(
  <StrictMode>
    <TrainingServiceContext value={trainingService}>
      <App />
    </TrainingServiceContext>
  </StrictMode>,
);
