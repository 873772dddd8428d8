import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { usePageFlags } from './PageFlagsContext';
import { WORKSPACE_TEXT } from './workspaceText';

/** Present (a toggle), Full screen (where the browser allows it) and the shortcut list. */
export function ClassroomControls({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { present, setPresent } = usePageFlags();
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
      <Button variant="quiet" onClick={onShowShortcuts} title={WORKSPACE_TEXT.shortcutsHint} aria-keyshortcuts="Shift+?">
        {WORKSPACE_TEXT.shortcuts}
      </Button>
      {document.fullscreenEnabled ? (
        <Button variant="quiet" onClick={toggleFullscreen} title={WORKSPACE_TEXT.fullscreenHint} aria-pressed={fullscreen}>
          {WORKSPACE_TEXT.fullscreen}
        </Button>
      ) : null}
      <Button variant={present ? 'primary' : 'secondary'} aria-pressed={present} onClick={() => setPresent(!present)} title={WORKSPACE_TEXT.presentHint}>
        {WORKSPACE_TEXT.present}
      </Button>
    </div>
  );
}
