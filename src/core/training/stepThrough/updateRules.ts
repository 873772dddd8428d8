// One weight's update, as each tfjs 4.22 optimizer computes it: the state it
// keeps per weight, the update in plain arithmetic, and its formula filled in
// with the numbers of one real step. θ is the weight, g its gradient, η the
// learning rate, t the step this update makes (1 for a fresh optimizer).
import type { OptimizerId } from '../types';
import { optimizerParam } from '../optimizers';
import { alignedRows, squared, term, value } from './latexTerms';

/** One value an optimizer keeps per weight. */
export interface StateSlot {
  /** The suffix tfjs gives it in `getWeights()` names (`<variable>/<key>`). */
  key: string;
  /** Its symbol in the update rule. */
  symbol: string;
  label: string;
  /** Its value before the first step. */
  initial: (params: Readonly<Record<string, number>>) => number;
}

/** What one update of one weight starts from. */
export interface UpdateInputs {
  learningRate: number;
  /** Hyperparameters by catalogue key; missing ones take the catalogue default. */
  params: Readonly<Record<string, number>>;
  /** The step this update makes: 1 for a fresh optimizer. */
  step: number;
  /** The backend's epsilon (1e-7 for float32), which Adagrad adds under its root. */
  backendEpsilon: number;
  /** The weight before the step. */
  theta: number;
  /** Its gradient as the optimizer receives it (after any clipping). */
  gradient: number;
  /** The optimizer's state for this weight before the step, by slot key. */
  state: Readonly<Record<string, number>>;
  /** Decoupled weight decay factor η·λ applied to this weight after the update (0: none). */
  decay: number;
}

/** The weight and state after the update. */
export interface UpdateOutputs {
  theta: number;
  state: Record<string, number>;
}

/** One optimizer's per-weight update. */
export interface UpdateRule {
  slots: StateSlot[];
  /** The update in float64, operation for operation as tfjs does it. */
  apply(inputs: UpdateInputs): UpdateOutputs;
  /** The update rule in KaTeX, filled in with `inputs` and ending in the values of `after`. */
  latex(inputs: UpdateInputs, after: UpdateOutputs): string;
}

const zero = () => 0;
const slot = (key: string, symbol: string, label: string, initial: StateSlot['initial'] = zero): StateSlot => ({ key, symbol, label, initial });

/** Reads a hyperparameter of `id` from the inputs (catalogue default when unset). */
const reader = (id: OptimizerId) => (inputs: UpdateInputs, key: string) => optimizerParam(id, inputs.params, key);

/** The last row of every rule: the new weight, with decoupled decay when it applies. */
function finalRows(symbolic: string, numeric: string, inputs: UpdateInputs, after: UpdateOutputs): string[] {
  if (inputs.decay === 0) return [String.raw`\theta_{t+1} &= ${symbolic} = ${numeric} = ${value(after.theta)}`];
  return [
    String.raw`\theta' &= ${symbolic} = ${numeric}`,
    String.raw`\theta_{t+1} &= \theta' \cdot (1 - \eta\lambda) = \theta' \cdot (1 - ${value(inputs.decay)}) = ${value(after.theta)}`,
  ];
}

const decayed = (theta: number, inputs: UpdateInputs) => (inputs.decay === 0 ? theta : theta * (1 - inputs.decay));

const sgd: UpdateRule = {
  slots: [],
  apply: (i) => ({ theta: decayed(i.theta - i.learningRate * i.gradient, i), state: {} }),
  latex: (i, after) => alignedRows(finalRows(String.raw`\theta_t - \eta\, g_t`, String.raw`${value(i.theta)} - ${term(i.learningRate)} \cdot ${term(i.gradient)}`, i, after)),
};

const momentumParam = reader('momentum');
const momentum: UpdateRule = {
  slots: [slot('momentum', 'v', 'Velocity v')],
  apply: (i) => {
    const v = momentumParam(i, 'momentum') * i.state.momentum + i.gradient;
    return { theta: decayed(i.theta - i.learningRate * v, i), state: { momentum: v } };
  },
  latex: (i, after) => alignedRows([
    String.raw`v_t &= \mu\, v_{t-1} + g_t = ${term(momentumParam(i, 'momentum'))} \cdot ${term(i.state.momentum)} + ${term(i.gradient)} = ${value(after.state.momentum)}`,
    ...finalRows(String.raw`\theta_t - \eta\, v_t`, String.raw`${value(i.theta)} - ${term(i.learningRate)} \cdot ${term(after.state.momentum)}`, i, after),
  ]),
};

const adagrad: UpdateRule = {
  slots: [slot('accumulator', 'G', 'Sum of squared gradients G', (params) => optimizerParam('adagrad', params, 'initialAccumulatorValue'))],
  apply: (i) => {
    const g = i.state.accumulator + i.gradient ** 2;
    return { theta: decayed(i.theta - (i.learningRate * i.gradient) / Math.sqrt(g + i.backendEpsilon), i), state: { accumulator: g } };
  },
  latex: (i, after) =>
    alignedRows([
      String.raw`G_t &= G_{t-1} + g_t^2 = ${value(i.state.accumulator)} + ${squared(i.gradient)} = ${value(after.state.accumulator)}`,
      ...finalRows(
        String.raw`\theta_t - \frac{\eta}{\sqrt{G_t + \epsilon}}\, g_t`,
        String.raw`${value(i.theta)} - \frac{${value(i.learningRate)}}{\sqrt{${value(after.state.accumulator)} + ${value(i.backendEpsilon)}}} \cdot ${term(i.gradient)}`,
        i,
        after,
      ),
    ]),
};

const adadeltaParam = reader('adadelta');
const adadelta: UpdateRule = {
  slots: [slot('accum_grad', 'E[g^2]', 'Mean squared gradient E[g²]'), slot('accum_var', String.raw`E[\Delta\theta^2]`, 'Mean squared update E[Δθ²]')],
  apply: (i) => {
    const rho = adadeltaParam(i, 'rho');
    const eps = adadeltaParam(i, 'epsilon');
    const grad = rho * i.state.accum_grad + (1 - rho) * i.gradient ** 2;
    // tfjs 4.22 divides by the mean squared gradient from before this step.
    const delta = (Math.sqrt(i.state.accum_var + eps) / Math.sqrt(i.state.accum_grad + eps)) * i.gradient;
    const update = rho * i.state.accum_var + (1 - rho) * delta ** 2;
    return { theta: decayed(i.theta - i.learningRate * delta, i), state: { accum_grad: grad, accum_var: update } };
  },
  latex: (i, after) => {
    const rho = adadeltaParam(i, 'rho');
    const eps = adadeltaParam(i, 'epsilon');
    const delta = String.raw`\frac{\sqrt{${value(i.state.accum_var)} + ${value(eps)}}}{\sqrt{${value(i.state.accum_grad)} + ${value(eps)}}} \cdot ${term(i.gradient)}`;
    return alignedRows([
      String.raw`E[g^2]_t &= \rho\, E[g^2]_{t-1} + (1 - \rho)\, g_t^2 = ${term(rho)} \cdot ${term(i.state.accum_grad)} + ${term(1 - rho)} \cdot ${squared(i.gradient)} = ${value(after.state.accum_grad)}`,
      String.raw`\Delta_t &= \frac{\sqrt{E[\Delta\theta^2]_{t-1} + \epsilon}}{\sqrt{E[g^2]_{t-1} + \epsilon}}\, g_t = ${delta}`,
      String.raw`E[\Delta\theta^2]_t &= \rho\, E[\Delta\theta^2]_{t-1} + (1 - \rho)\, \Delta_t^2 = ${value(after.state.accum_var)}`,
      ...finalRows(String.raw`\theta_t - \eta\, \Delta_t`, String.raw`${value(i.theta)} - ${term(i.learningRate)} \cdot ${delta}`, i, after),
    ]);
  },
};

const rmspropParam = reader('rmsprop');
const rmsprop: UpdateRule = {
  slots: [slot('rms', 's', 'Mean squared gradient s'), slot('momentum', 'm', 'Momentum m')],
  apply: (i) => {
    const rho = rmspropParam(i, 'decay');
    const s = rho * i.state.rms + (1 - rho) * i.gradient ** 2;
    const m = rmspropParam(i, 'momentum') * i.state.momentum + (i.gradient * i.learningRate) / Math.sqrt(s + rmspropParam(i, 'epsilon'));
    return { theta: decayed(i.theta - m, i), state: { rms: s, momentum: m } };
  },
  latex: (i, after) => {
    const rho = rmspropParam(i, 'decay');
    return alignedRows([
      String.raw`s_t &= \rho\, s_{t-1} + (1 - \rho)\, g_t^2 = ${term(rho)} \cdot ${term(i.state.rms)} + ${term(1 - rho)} \cdot ${squared(i.gradient)} = ${value(after.state.rms)}`,
      String.raw`m_t &= \mu\, m_{t-1} + \frac{\eta}{\sqrt{s_t + \epsilon}}\, g_t = ${term(rmspropParam(i, 'momentum'))} \cdot ${term(i.state.momentum)} + \frac{${value(i.learningRate)}}{\sqrt{${value(after.state.rms)} + ${value(rmspropParam(i, 'epsilon'))}}} \cdot ${term(i.gradient)} = ${value(after.state.momentum)}`,
      ...finalRows(String.raw`\theta_t - m_t`, String.raw`${value(i.theta)} - ${term(after.state.momentum)}`, i, after),
    ]);
  },
};

const adamParam = reader('adam');
const adam: UpdateRule = {
  slots: [slot('m', 'm', 'First moment m'), slot('v', 'v', 'Second moment v')],
  apply: (i) => {
    const [b1, b2] = [adamParam(i, 'beta1'), adamParam(i, 'beta2')];
    const m = i.state.m * b1 + i.gradient * (1 - b1);
    const v = i.state.v * b2 + i.gradient ** 2 * (1 - b2);
    const mHat = m / (1 - b1 ** i.step);
    const vHat = v / (1 - b2 ** i.step);
    return { theta: decayed(i.theta - i.learningRate * (mHat / (Math.sqrt(vHat) + adamParam(i, 'epsilon'))), i), state: { m, v } };
  },
  latex: (i, after) => {
    const [b1, b2] = [adamParam(i, 'beta1'), adamParam(i, 'beta2')];
    const t = i.step;
    return alignedRows([
      String.raw`m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t = ${term(b1)} \cdot ${term(i.state.m)} + ${term(1 - b1)} \cdot ${term(i.gradient)} = ${value(after.state.m)}`,
      String.raw`v_t &= \beta_2 v_{t-1} + (1 - \beta_2)\, g_t^2 = ${term(b2)} \cdot ${term(i.state.v)} + ${term(1 - b2)} \cdot ${squared(i.gradient)} = ${value(after.state.v)}`,
      ...finalRows(
        String.raw`\theta_t - \eta\, \frac{m_t / (1 - \beta_1^t)}{\sqrt{v_t / (1 - \beta_2^t)} + \epsilon}`,
        String.raw`${value(i.theta)} - ${term(i.learningRate)} \cdot \frac{${value(after.state.m)} / (1 - ${term(b1)}^{${t}})}{\sqrt{${value(after.state.v)} / (1 - ${term(b2)}^{${t}})} + ${value(adamParam(i, 'epsilon'))}}`,
        i,
        after,
      ),
    ]);
  },
};

const adamaxParam = reader('adamax');
const adamax: UpdateRule = {
  slots: [slot('m', 'm', 'First moment m'), slot('v', 'u', 'Largest recent gradient size u')],
  apply: (i) => {
    const [b1, b2] = [adamaxParam(i, 'beta1'), adamaxParam(i, 'beta2')];
    const m = i.state.m * b1 + i.gradient * (1 - b1);
    const u = Math.max(i.state.v * b2, Math.abs(i.gradient));
    const step = (i.learningRate / (1 - b1 ** i.step)) * (m / (u + adamaxParam(i, 'epsilon')));
    return { theta: decayed(i.theta - step, i), state: { m, v: u } };
  },
  latex: (i, after) => {
    const [b1, b2] = [adamaxParam(i, 'beta1'), adamaxParam(i, 'beta2')];
    return alignedRows([
      String.raw`m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t = ${term(b1)} \cdot ${term(i.state.m)} + ${term(1 - b1)} \cdot ${term(i.gradient)} = ${value(after.state.m)}`,
      String.raw`u_t &= \max(\beta_2 u_{t-1},\ |g_t|) = \max(${term(b2)} \cdot ${term(i.state.v)},\ |${value(i.gradient)}|) = ${value(after.state.v)}`,
      ...finalRows(
        String.raw`\theta_t - \frac{\eta}{1 - \beta_1^t}\, \frac{m_t}{u_t + \epsilon}`,
        String.raw`${value(i.theta)} - \frac{${value(i.learningRate)}}{1 - ${term(b1)}^{${i.step}}} \cdot \frac{${value(after.state.m)}}{${value(after.state.v)} + ${value(adamaxParam(i, 'epsilon'))}}`,
        i,
        after,
      ),
    ]);
  },
};

/** Every optimizer's per-weight update, keyed by catalogue id. */
export const UPDATE_RULES: Record<OptimizerId, UpdateRule> = { sgd, momentum, adagrad, adadelta, rmsprop, adam, adamax };

/** The optimizer's state of one weight before its first step, by slot key. */
export function initialState(id: OptimizerId, params: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(UPDATE_RULES[id].slots.map((s) => [s.key, s.initial(params)]));
}
