// The worker's command path: one handler per request type, typed by the
// protocol, run one at a time in arrival order (as squoosh's WorkerBridge
// queues calls). A command that awaits (building a model, choosing a backend)
// finishes before the next one starts, so two quick Trains cannot start two
// runs. Train answers once its loop runs, so Pause, evaluate, predict and
// inspect still get through between its batches.
import type { FailedResponse, RequestOf, RequestType, ResponseFor, ResultOf, WorkerRequest } from './protocol';
import { toWorkerError } from './engine/errors';
import type { Session } from './engine/session';
import { Transfer, type EmitEvent } from './engine/transfer';
import { stepThroughHandlers } from './stepThrough/handler';

/** What a handler gives back: the result, or the result with buffers to transfer. */
export type Reply<T> = T | Transfer<T>;

/** One handler per request type, each answering with that type's result. */
export type CommandHandlers = {
  [K in RequestType]: (request: RequestOf<K>) => Reply<ResultOf<K>> | Promise<Reply<ResultOf<K>>>;
};

/** The session's methods as the protocol's handlers. */
export function sessionHandlers(session: Session): CommandHandlers {
  return {
    init: (request) => session.init(request.dataUrl, request.dataset, request.backend),
    'set-backend': (request) => session.setBackend(request.backend, request.spec),
    train: (request) => session.train(request.spec),
    step: (request) => session.step(request.spec),
    pause: () => session.pause(),
    reset: () => session.reset(),
    'update-settings': (request) => session.updateSettings(request.settings),
    memory: () => session.memory(),
    evaluate: () => session.evaluate(),
    predict: (request) => session.predict(request.pixels),
    'test-images': (request) => session.testImages(request.indices),
    inspect: (request) => session.inspect(request.index),
    weights: () => session.weights(),
    checkpoint: () => session.checkpoint(),
    'restore-checkpoint': (request) => session.restoreCheckpoint(request.checkpoint),
    ...stepThroughHandlers(session),
    'test-fault': (request) => session.testFault(request.fault),
  };
}

/** Runs tasks one at a time, in the order they were queued; a failed task does not stop the queue. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Answers one request with its own handler: a response tagged with the request's type. */
async function answer<K extends RequestType>(
  handlers: CommandHandlers,
  request: RequestOf<K>,
): Promise<{ response: ResponseFor<K> | FailedResponse; transfer: ArrayBuffer[] }> {
  const type: K = request.type;
  const handler: CommandHandlers[K] = handlers[type];
  try {
    const reply = await handler(request);
    if (reply instanceof Transfer) return { response: { type: 'response', id: request.id, request: type, ok: true, result: reply.value }, transfer: reply.buffers };
    return { response: { type: 'response', id: request.id, request: type, ok: true, result: reply }, transfer: [] };
  } catch (error) {
    return { response: { type: 'response', id: request.id, request: type, ok: false, error: toWorkerError(error) }, transfer: [] };
  }
}

/** A function that queues each request and emits its response when its turn has run. */
export function createCommandRunner(handlers: CommandHandlers, emit: EmitEvent): (request: WorkerRequest) => Promise<void> {
  const queue = new SerialQueue();
  return (request) => queue.run(async () => {
    const { response, transfer } = await answer(handlers, request);
    emit(response, transfer);
  });
}
