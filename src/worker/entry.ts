// The training worker: runs the page's requests one at a time through the
// typed command path and streams events. tfjs lives only in this worker.
import type { WorkerEvent, WorkerRequest } from './protocol';
import { createCommandRunner, sessionHandlers } from './commands';
import { Session } from './engine/session';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function emit(event: WorkerEvent, transfer: ArrayBuffer[] = []): void {
  scope.postMessage(event, transfer);
}

const run = createCommandRunner(sessionHandlers(new Session(emit)), emit);

scope.onmessage = (message: MessageEvent<WorkerRequest>) => {
  void run(message.data);
};
