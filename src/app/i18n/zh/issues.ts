// 网络分析报告的每个问题的中文（core/network/issues.ts 的 ISSUE_CODES）。
import type { en } from '../en';

/** 网络问题的文字。 */
export const issues: (typeof en)['issues'] = {
  codes: {
    cycle: '处在一个环路中；数据必须从输入单向流到输出。',
    disconnected: '没有与任何层相连。',
    'missing-input': '没有输入；请给它连接一个层。',
    'too-many-inputs': '最多接受 {{max}} 个输入，但现在有 {{count}} 个。',
    'too-few-inputs': '至少需要 {{min}} 个输入，但现在只有 {{count}} 个。',
    'no-input-layer': '网络没有输入层。',
    'multiple-input-layers': '是第二个输入层；一个网络只能有一个输入层。',
    'no-output': '网络没有输出层。',
    'multiple-outputs': '是一个死胡同；一个网络只能有一个输出层。',
    'add-shape-mismatch': '只能把形状相同的输入相加（现在是 {{shapes}}）。',
    'concat-shape-mismatch': '只能拼接除最后一个轴外形状都相同的输入（现在是 {{shapes}}）。',
    'needs-spatial-input': '需要图像形状的输入（高×宽×通道），现在是 {{shape}}。',
    'needs-flat-input': '需要扁平的输入；请在它前面加一个 Flatten 层（现在是 {{shape}}）。',
    'kernel-too-large': '的窗口 {{size}} 比它的输入 {{shape}} 还大。',
    'reshape-size-mismatch': '无法把 {{shape}}（{{from}} 个值）变形为 {{target}}。',
    'output-not-10-classes': '是输出层，必须给出 10 个类别的得分，但现在给出 {{shape}}。',
    'output-not-probabilities': '是输出层；交叉熵需要概率，所以这里请使用 softmax 激活函数。',
    'param-out-of-range': '的 {{key}} = {{value}}，允许的范围是 {{allowed}}。',
    'too-many-parameters': '网络有 {{count}} 个参数，超过了浏览器能训练的 {{max}} 个；参数最多的是层 {{layer}}，有 {{layerCount}} 个。',
  },
  layer: '层 {{name}} {{detail}}',
  wireMismatch: '{{source}} 接不到 {{target}} 上：{{target}} {{detail}}',
  scalar: '标量',
  wire: {
    gone: '那一层已经不存在了。',
    intoInput: '输入层不接受输入；图像从这里进入网络。',
    loop: '从 {{source}} 到 {{target}} 的连线会形成环路；数据必须单向流动，从输入到输出。',
    taken: '{{target}} 已经有了它唯一的输入。请先删除那条连线，或者用 Add 或 Concatenate 层合并分支。',
  },
};
