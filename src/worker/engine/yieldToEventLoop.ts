// A macrotask yield: lets queued worker messages (Pause) run between batches.
// A resolved promise would only yield to microtasks; setTimeout is clamped to 4 ms.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** Resolves after the event loop has had a turn. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
