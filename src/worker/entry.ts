// The training worker: receives typed requests, answers each by id, and
// streams events. tfjs lives only in this worker.
import type { WorkerEvent, WorkerRequest } from './protocol';
import { Session } from './engine/session';
import { toWorkerError } from './engine/errors';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function emit(event: WorkerEvent): void {
  scope.postMessage(event);
}

const session = new Session(emit);

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'init': return session.init(request.dataUrl, request.backend);
    case 'set-backend': return session.setBackend(request.backend, request.spec);
    case 'train': return session.train(request.spec);
    case 'step': return session.step(request.spec);
    case 'pause': return session.pause();
    case 'reset': return session.reset();
    case 'update-settings': return session.updateSettings(request.settings);
    case 'memory': return session.memory();
  }
}

scope.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  try {
    const result = await handle(request);
    emit({ type: 'response', id: request.id, ok: true, result });
  } catch (error) {
    emit({ type: 'response', id: request.id, ok: false, error: toWorkerError(error) });
  }
};
