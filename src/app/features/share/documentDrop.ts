import type { DragEvent } from 'react';
import type { AppStore } from '../../store/appStore';
import { importNetworkFile } from './networkFile';

/** Drag handlers that open a network file dropped onto an element (the builder); other drags pass by. */
export function documentDropHandlers(store: AppStore) {
  return {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      void importNetworkFile(store, file);
    },
  };
}
