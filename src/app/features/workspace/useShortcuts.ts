import { useEffect } from 'react';
import { useRunControls } from '../training/TrainingControls';

/** True when the key belongs to the focused element: typing in a field, or Space on a control it activates. */
function keyBelongsToTarget(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('textarea, select')) return true;
  if (target instanceof HTMLInputElement) {
    const activates = ['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
    return !activates || event.key === ' ';
  }
  return event.key === ' ' && target.closest('button, a[href], summary, [role="button"], label') !== null;
}

/** Page-wide keys when no text field has the focus: Space trains or pauses, S steps, ? shows the list. */
export function useShortcuts(openList: () => void): void {
  const controls = useRunControls();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || keyBelongsToTarget(event)) return;
      if (event.key === '?') {
        event.preventDefault();
        openList();
      } else if (event.key === ' ') {
        event.preventDefault();
        if (controls.running) void controls.service.pause();
        else if (controls.canRun) void controls.service.train();
      } else if (event.key === 's' || event.key === 'S') {
        if (!controls.canRun) return;
        event.preventDefault();
        void controls.service.step();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [controls, openList]);
}
