// English words of saving work, trained models and worker recovery.

/** Words of saving and loading; `download` and `load` are UI-contract names. */
export const persist = {
  panelTitle: 'Trained models',
  download: 'Download model',
  load: 'Load model',
  saveName: 'Save name',
  save: 'Save model',
  savedList: 'Saved models',
  loadSaved: 'Load saved model {{name}}',
  deleteSaved: 'Delete saved model {{name}}',
  noSaves: 'No saved models yet.',
  savedEntry: 'batch {{batch}}, saved {{when}}',
  hint: 'The model file holds the trained weights and the optimizer state: Load model takes it back to train on, predict or evaluate, and it also loads in TensorFlow.js (model.json + weights.bin inside the zip).',
  noModel: 'Train or Step first: there is no trained model yet.',
  notices: {
    downloaded: 'Downloaded {{fileName}}.',
    loaded: 'Loaded {{name}} at batch {{batch}}: Train goes on from there.',
    theModel: 'the model',
    saved: 'Saved “{{name}}” in this browser.',
    deleted: 'Deleted “{{name}}”.',
    resumed: 'The paused run came back at batch {{batch}}: press Train to go on.',
  },
  restarted: {
    title: 'The training worker stopped; a new one took over',
    fresh: '{{cause}} A new worker was started; there was no checkpoint yet, so the run starts again.',
    checkpoint: '{{cause}} A new worker was started and goes on from the checkpoint at batch {{batch}}.',
    action: 'Nothing to do: your network and settings are unchanged. If it happens again and again, reload the page or try another backend.',
  },
  setAside: {
    title: 'Your saved work could not be read',
    detail: 'The network saved in this browser is damaged ({{reason}}). It was kept aside under “{{keptAs}}” in local storage, and a usable network was loaded instead.',
    action: 'Import a network you exported, or open a link to it. Your current work saves itself again from now on.',
  },
  rejected: {
    title: 'The model could not be loaded',
    detail: '“{{fileName}}”: {{problem}}. Nothing was changed.',
    action: 'Choose a file made with Download model.',
  },
  problems: {
    'not-a-zip': 'it is not a model file (not a zip, or it was cut short)',
    'too-large': 'it is too large ({{bytes}} bytes)',
    'missing-part': 'it has no {{part}}',
    'not-a-model-file': 'it is a zip, but not a Neural Playground model',
    'newer-version': 'it was written by a newer version of the app (version {{version}})',
    'document-rejected': 'its network cannot be read: {{reason}}',
    'weights-mismatch': 'its weights do not fit its network ({{detail}})',
  },
};
