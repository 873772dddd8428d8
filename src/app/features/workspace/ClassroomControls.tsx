import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { usePageFlags } from './PageFlagsContext';

/** Present (a toggle), Full screen (where the browser allows it) and the shortcut list. */
export function ClassroomControls({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { present, setPresent } = usePageFlags();
  const { t } = useTranslation('workspace');
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };

  return (
    <div className="classroom-controls">
      <Button variant="quiet" onClick={onShowShortcuts} title={t('shortcutsHint')} aria-keyshortcuts="Shift+?">
        {t('shortcuts')}
      </Button>
      {document.fullscreenEnabled ? (
        <Button variant="quiet" onClick={toggleFullscreen} title={t('fullscreenHint')} aria-pressed={fullscreen}>
          {t('fullscreen')}
        </Button>
      ) : null}
      <Button variant={present ? 'primary' : 'secondary'} aria-pressed={present} onClick={() => setPresent(!present)} title={t('presentHint')}>
        {t('present')}
      </Button>
    </div>
  );
}
