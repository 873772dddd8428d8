import type { RequestBody, RequestType, ResultOf, RunSpec, StepThroughResult, StepWeightUpdate, WeightPick } from '../../worker/protocol';

type Send = <K extends RequestType>(body: RequestBody<K>) => Promise<ResultOf<K>>;
type Report = (error: unknown, request: string) => void;

/**
 * The step-through's requests: one training step taken apart on a copy of
 * the page's network, and another weight of that step. A failure becomes an
 * alert and answers null.
 */
export class StepThroughRequests {
  constructor(
    private readonly send: Send,
    private readonly spec: () => RunSpec,
    private readonly report: Report,
  ) {}

  /** Takes one step on the given training images, following `pick` through the update. */
  async start(images: number[], pick: WeightPick): Promise<StepThroughResult | null> {
    try {
      return await this.send({ type: 'step-through', spec: this.spec(), images, pick });
    } catch (error) {
      this.report(error, 'step-through');
      return null;
    }
  }

  /** Another weight's update in the last step. */
  async weight(pick: WeightPick): Promise<StepWeightUpdate | null> {
    try {
      return await this.send({ type: 'step-through-weight', pick });
    } catch (error) {
      this.report(error, 'step-through-weight');
      return null;
    }
  }
}
