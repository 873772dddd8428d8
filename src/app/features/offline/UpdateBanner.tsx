import { namespaceWords } from '../../i18n/i18n';
import { useState, useSyncExternalStore } from 'react';
import { Button } from '../../components/Button';
import type { AppUpdates } from '../../services/appUpdates';
import './updateBanner.css';

/** The banner's visible strings, in the page's language. */
const TEXT = namespaceWords('offline');

/**
 * A calm note at the foot of the screen when a new version of the app is
 * installed: Reload switches to it. It floats, so nothing on the page moves.
 * The role="status" region stays in the page so screen readers hear it appear.
 */
export function UpdateBanner({ updates }: { updates: AppUpdates }) {
  const waiting = useSyncExternalStore(updates.subscribe, updates.isWaiting);
  const [reloading, setReloading] = useState(false);
  return (
    <div role="status" className="update-banner-region">
      {waiting ? (
        <div className="update-banner">
          <span>{TEXT.ready}</span>
          <Button
            variant="primary"
            disabled={reloading}
            onClick={() => {
              setReloading(true);
              void updates.reload();
            }}
          >
            {TEXT.reload}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
