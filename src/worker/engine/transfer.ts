// Results whose typed arrays move to the page instead of being copied.
import type { WorkerEvent } from '../protocol';

/** A value and the buffers to transfer with it; each buffer must belong to no one else. */
export class Transfer<T> {
  constructor(
    readonly value: T,
    readonly buffers: ArrayBuffer[],
  ) {}
}

/** The buffer of a typed array this module allocated itself (never a view of MNIST or of tfjs storage). */
export function ownBuffer(array: ArrayBufferView): ArrayBuffer {
  if (!(array.buffer instanceof ArrayBuffer) || array.byteOffset !== 0 || array.byteLength !== array.buffer.byteLength) {
    throw new Error('Only whole, freshly allocated buffers may be transferred.');
  }
  return array.buffer;
}

/** Sends one event to the page, transferring `transfer` (buffers from ownBuffer). */
export type EmitEvent = (event: WorkerEvent, transfer?: ArrayBuffer[]) => void;
