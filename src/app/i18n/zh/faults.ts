// 故障的中文：训练发散、网络对这台设备来说太大、后端出错。
import type { en } from '../en';

/** 故障的文字。 */
export const faults: (typeof en)['faults'] = {
  diverged: {
    title: '训练发散了',
    nonFiniteLoss: '训练在第 {{batch}} 个批量发散：损失变成了 {{loss}}。',
    nonFiniteWeights: '训练在第 {{batch}} 个批量发散：权重变成了 NaN 或无穷大。',
    exploded: '训练在第 {{batch}} 个批量发散：损失升到了{{above}}{{streak}}；第 {{batch}} 个批量时它是 {{loss}}。',
    farAbove: '远高于初始值',
    above: ' {{threshold}} 以上（初始值的 3 倍）',
    streak: '（从第 {{since}} 个批量起一直如此）',
    detail: '{{what}}对这个网络来说步长太大了，所以这次训练已结束。',
    action: '请降低学习率（试试原来的十分之一），然后按“训练”：它会从新的权重开始一次全新的训练。你的网络和设置都没有改变。',
  },
  memory: {
    need: '训练这个网络大约需要 {{total}}（权重、梯度和优化器状态 {{parameters}}，这个批量的激活值 {{activations}}），超过了这台设备上一个浏览器标签页能使用的 {{budget}}。',
    largest: '{{need}}层 {{layer}} 占用最多，{{bytes}}（主要是{{part}}）：请把它改小，或者减小批量大小。',
    weights: '权重',
    activations: '激活值',
  },
  backend: {
    at: '（第 {{batch}} 个批量）',
    'start-failed': '{{backend}} 无法启动',
    'device-lost': '{{backend}} 失去了 GPU 设备{{at}}',
    'context-lost': '{{backend}} 失去了图形上下文{{at}}',
    'out-of-memory': '{{backend}} 内存不足{{at}}',
    title: '{{backend}} 后端出错',
    what: '{{what}}（{{message}}）。',
    none: '{{what}}没有其他后端能够启动，所以这次训练已结束。',
    noneAction: '请重新加载页面，或者把网络或批量大小改小，然后按“训练”。',
    currentWeights: '{{what}}训练改用 {{next}}，从当前的权重继续（第 {{batch}} 个批量）；优化器的状态重新开始。',
    newWeights: '{{what}}训练改用 {{next}}，从新的权重重新开始：无法从 {{backend}} 读回权重。',
    instead: '{{what}}训练改用 {{next}} 进行。',
    movedAction: '无需操作；若要再试 {{backend}}，请重新加载页面。读完后可以关闭这条消息。',
  },
};
