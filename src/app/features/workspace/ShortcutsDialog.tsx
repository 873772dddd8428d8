import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { SHORTCUTS, WORKSPACE_TEXT } from './workspaceText';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The list of every keyboard shortcut, as a modal dialog (Esc or Close shuts it). */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title" className="shortcuts__title">
        {WORKSPACE_TEXT.shortcutsTitle}
      </h2>
      <dl className="shortcuts__list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} className="shortcuts__row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts__note">{WORKSPACE_TEXT.shortcutsNote}</p>
      <Button variant="primary" onClick={onClose} autoFocus>
        {WORKSPACE_TEXT.close}
      </Button>
    </dialog>
  );
}
