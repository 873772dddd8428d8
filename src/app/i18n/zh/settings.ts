// 设置栏的中文：分组、提示、“实时 / 新训练”标记、设置问题。
import type { en } from '../en';

/** 设置面板的文字。 */
export const settings: (typeof en)['settings'] = {
  region: '设置',
  preset: '预设',
  customNetwork: '自定义网络',
  editedNetwork: '已编辑的网络。',
  groups: { network: '网络和数据', training: '训练参数', regularization: '正则化', compute: '计算' },
  datasetHint: '28×28 的{{subject}}，共 10 类。',
  learningRateHint: '每次更新的步长，例如 0.001 或 1e-3。',
  offNote: '填 0 表示关闭权重衰减或梯度裁剪。',
  backendInUse: '正在使用：{{backend}}',
  backendLater: '数据加载完后选定。',
  tags: {
    live: '实时',
    liveDescription: '实时生效：修改会在下一个批量生效，训练进行中也是如此。',
    newRun: '新训练',
    newRunDescription: '开始新的训练：训练中修改会结束当前训练（它会保留在“训练记录”中）；然后按“训练”开始新的一次。',
  },
  legend: {
    live: '在下一个批量生效，训练中也是如此。',
    newRun: '会结束正在进行或已暂停的训练（它保留在“训练记录”中）；然后按“训练”开始新的一次。',
  },
  problems: {
    empty: '{{label}}为空：请输入一个数字。',
    notANumber: '{{label}}“{{text}}”不是数字。',
    outOfRange: '{{label}}{{value}}超出范围。',
    outOfRangeUse: '{{label}}{{value}}超出范围：请使用{{range}}。',
    noteEmpty: '请输入一个数字。',
    noteNotANumber: '不是数字。',
    noteOutOfRange: '超出范围。',
    noteOutOfRangeUse: '超出范围：请使用{{range}}。',
    wholeNumber: '整数',
    number: '数字',
    rangeAbove: '大于 {{min}}、最多 {{max}} 的{{kind}}',
    rangeFromTo: '{{min}} 到 {{max}} 之间的{{kind}}',
  },
  changes: {
    on: '开',
    off: '关',
    theNetwork: '网络',
    optimizerParams: '优化器的 {{changes}}',
    setting: '{{name}}（{{from}} → {{to}}）',
  },
};
