// The workspace's sections and shortcuts, in order; their words are in the workspace namespace.

/** The sections the navigation jumps to, by element id (workspace:sections has their link text). */
export const SECTION_IDS = ['workspace', 'runs', 'formulas', 'predictions', 'evaluation', 'drawing', 'inspect', 'step-through'] as const;

/** Every keyboard shortcut in the overlay's order (workspace:shortcutList has the keys and what they do). */
export const SHORTCUT_IDS = ['space', 'step', 'help', 'escape', 'undo', 'redo', 'arrows', 'enter', 'wire', 'delete'] as const;
