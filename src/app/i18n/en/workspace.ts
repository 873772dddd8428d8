// English words of the workspace chrome: section navigation, presentation mode, full screen, shortcuts.

/** Words of the workspace; `present`, `sectionNav`, `shortcutsTitle` and `skipToTraining` are UI-contract names. */
export const workspace = {
  sectionNav: 'Sections',
  skipToTraining: 'Skip to training',
  present: 'Present',
  presentOn: 'Presenting',
  presentHint: 'Presentation mode: larger type, the network and the curves enlarged, the other panels folded',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  fullscreenHint: 'Fill the whole screen with the page',
  shortcuts: 'Shortcuts',
  shortcutsHint: 'List the keyboard shortcuts (?)',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsNote: 'The letter keys and Space work whenever no text field has the focus.',
  close: 'Close',
  loadingBuilder: 'Loading the network builder…',
  loadingViews: 'Loading the learning views…',
  learningViews: 'What the network learned',
  messages: 'Messages',
  /** Link text of each section, by element id. */
  sections: {
    workspace: 'Workspace',
    runs: 'Runs',
    formulas: 'Formulas',
    predictions: 'Predictions',
    evaluation: 'Evaluation',
    drawing: 'Drawing',
    inspect: 'Look inside',
    'step-through': 'One step',
  },
  /** Every keyboard shortcut, as the overlay lists it: the keys and what they do. */
  shortcutList: {
    space: { keys: 'Space', does: 'Train, or Pause while training' },
    step: { keys: 'S', does: 'Step: train one batch' },
    help: { keys: '?', does: 'Show this list' },
    escape: { keys: 'Esc', does: 'Close this list' },
    undo: { keys: 'Ctrl/⌘ + Z', does: 'Undo the last network change' },
    redo: { keys: 'Ctrl/⌘ + Shift + Z', does: 'Redo' },
    arrows: { keys: 'Arrow keys (on a layer)', does: 'Move between layers' },
    enter: { keys: 'Enter (on a layer)', does: "Edit the layer's properties" },
    wire: { keys: 'W (on a layer)', does: 'Start a wire from this layer; W on another layer ends it there, Esc cancels' },
    delete: { keys: 'Delete (on a layer)', does: 'Delete the layer' },
  },
};
