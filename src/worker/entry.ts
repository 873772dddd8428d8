// The training worker: receives typed requests, answers each by id, and
// streams events. tfjs lives only in this worker.
import type { WorkerEvent, WorkerRequest } from './protocol';
import { Session } from './engine/session';
import { toWorkerError } from './engine/errors';
import { Transfer } from './engine/transfer';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function emit(event: WorkerEvent, transfer: ArrayBuffer[] = []): void {
  scope.postMessage(event, transfer);
}

const session = new Session(emit);

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'init': return session.init(request.dataUrl, request.dataset, request.backend);
    case 'set-backend': return session.setBackend(request.backend, request.spec);
    case 'train': return session.train(request.spec);
    case 'step': return session.step(request.spec);
    case 'pause': return session.pause();
    case 'reset': return session.reset();
    case 'update-settings': return session.updateSettings(request.settings);
    case 'memory': return session.memory();
    case 'evaluate': return session.evaluate();
    case 'predict': return session.predict(request.pixels);
    case 'test-images': return session.testImages(request.indices);
    case 'inspect': return session.inspect(request.index);
    case 'weights': return session.weights();
  }
}

scope.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  try {
    const result = await handle(request);
    if (result instanceof Transfer) emit({ type: 'response', id: request.id, ok: true, result: result.value }, result.buffers);
    else emit({ type: 'response', id: request.id, ok: true, result });
  } catch (error) {
    emit({ type: 'response', id: request.id, ok: false, error: toWorkerError(error) });
  }
};
