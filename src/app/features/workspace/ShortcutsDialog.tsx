import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { SHORTCUT_IDS } from './workspaceText';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The list of every keyboard shortcut, as a modal dialog (Esc or Close shuts it). */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation('workspace');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title" className="shortcuts__title">
        {t('shortcutsTitle')}
      </h2>
      <dl className="shortcuts__list">
        {SHORTCUT_IDS.map((id) => (
          <div key={id} className="shortcuts__row">
            <dt>
              <kbd>{t(`shortcutList.${id}.keys`)}</kbd>
            </dt>
            <dd>{t(`shortcutList.${id}.does`)}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts__note">{t('shortcutsNote')}</p>
      <Button variant="primary" onClick={onClose} autoFocus>
        {t('close')}
      </Button>
    </dialog>
  );
}
