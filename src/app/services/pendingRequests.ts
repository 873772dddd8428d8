import type { RequestType, ResponseFor, ResultOf, WorkerResponse } from '../../worker/protocol';
import { WorkerRequestError } from './workerErrors';

/** A request waiting for its answer; `resolve` takes its type's result (a method, so a Waiter<K> can wait in one map with the others). */
interface Waiter<K extends RequestType> {
  type: K;
  resolve(result: ResultOf<K>): void;
  reject(error: Error): void;
}

/** True when the response answers a request of `type`: the worker tags each response with its request's type. */
function answers<K extends RequestType>(response: ResponseFor<RequestType>, type: K): response is ResponseFor<K> {
  return response.request === type;
}

function settle<K extends RequestType>(waiter: Waiter<K>, response: WorkerResponse): void {
  if (!response.ok) waiter.reject(new WorkerRequestError(response.error));
  else if (answers(response, waiter.type)) waiter.resolve(response.result);
  else waiter.reject(new Error(`The worker answered a '${waiter.type}' request as '${response.request}'.`));
}

/** Requests sent to the worker and not yet answered, by id. */
export class PendingRequests {
  private readonly waiting = new Map<number, Waiter<RequestType>>();

  /** Waits for the answer to request `id` of `type`. */
  expect<K extends RequestType>(id: number, type: K): Promise<ResultOf<K>> {
    return new Promise<ResultOf<K>>((resolve, reject) => {
      const waiter: Waiter<K> = { type, resolve, reject };
      this.waiting.set(id, waiter);
    });
  }

  /** Hands a response to its request (ignored when nothing waits for that id). */
  answer(response: WorkerResponse): void {
    const waiter = this.waiting.get(response.id);
    if (!waiter) return;
    this.waiting.delete(response.id);
    settle(waiter, response);
  }

  /** Rejects every waiting request (the worker is gone). */
  rejectAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
