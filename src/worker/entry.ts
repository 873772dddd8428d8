// The training worker: runs the page's requests one at a time through the
// typed command path and streams events. tfjs lives only in this worker.
// Heartbeat pings (and, in a worker started for fault tests, test faults)
// are answered at once, outside the command queue.
import { TEST_FAULTS_WORKER_NAME, type WorkerFaultKind } from '../core/testFaults';
import type { WorkerControl, WorkerEvent, WorkerPong, WorkerRequest } from './protocol';
import { createCommandRunner, sessionHandlers } from './commands';
import { Session } from './engine/session';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function emit(event: WorkerEvent | WorkerPong, transfer: ArrayBuffer[] = []): void {
  scope.postMessage(event, transfer);
}

const run = createCommandRunner(sessionHandlers(new Session(emit)), emit);

/** Makes the fault a test asked for: the worker closes, throws outside any handler, or stops answering. */
function provoke(fault: WorkerFaultKind): void {
  if (scope.name !== TEST_FAULTS_WORKER_NAME) return;
  if (fault === 'close') scope.close();
  if (fault === 'throw') setTimeout(() => { throw new Error('Test fault: an uncaught error in the training worker.'); });
  if (fault === 'hang') setTimeout(() => { for (;;) { /* a kernel that never returns */ } });
}

function isControl(message: WorkerRequest | WorkerControl): message is WorkerControl {
  return message.type === 'ping' || message.type === 'worker-fault';
}

scope.onmessage = (message: MessageEvent<WorkerRequest | WorkerControl>) => {
  const data = message.data;
  if (!isControl(data)) {
    void run(data);
  } else if (data.type === 'ping') {
    emit({ type: 'pong', seq: data.seq });
  } else {
    provoke(data.fault);
  }
};
