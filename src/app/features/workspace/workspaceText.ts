// Every visible string of the workspace (layout, section navigation,
// presentation mode, shortcuts), in one place for the translation to come.

/** The sections the navigation jumps to: element id and link text. */
export const SECTION_LINKS = [
  { id: 'workspace', label: 'Workspace' },
  { id: 'runs', label: 'Runs' },
  { id: 'formulas', label: 'Formulas' },
  { id: 'predictions', label: 'Predictions' },
  { id: 'evaluation', label: 'Evaluation' },
  { id: 'drawing', label: 'Drawing' },
  { id: 'inspect', label: 'Look inside' },
  { id: 'step-through', label: 'One step' },
] as const;

/** Visible words of the workspace chrome. */
export const WORKSPACE_TEXT = {
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
} as const;

/** Every keyboard shortcut, as the overlay lists it. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'Space', does: 'Train, or Pause while training' },
  { keys: 'S', does: 'Step: train one batch' },
  { keys: '?', does: 'Show this list' },
  { keys: 'Esc', does: 'Close this list' },
  { keys: 'Ctrl/⌘ + Z', does: 'Undo the last network change' },
  { keys: 'Ctrl/⌘ + Shift + Z', does: 'Redo' },
  { keys: 'Arrow keys (on a layer)', does: 'Move between layers' },
  { keys: 'Enter (on a layer)', does: "Edit the layer's properties" },
  { keys: 'W (on a layer)', does: 'Start a wire from this layer; W on another layer ends it there, Esc cancels' },
  { keys: 'Delete (on a layer)', does: 'Delete the layer' },
];
