// 网络搭建器和网络表格的中文。
import type { en } from '../en';

/** 搭建器的文字：层面板、工具栏、画布、属性、总计、问题、层卡片。 */
export const builder: (typeof en)['builder'] = {
  title: '网络搭建器',
  undo: '撤销',
  undoTitle: '撤销上一次修改（{{mod}}Z）',
  redo: '重做',
  redoTitle: '重做（{{mod}}Shift+Z）',
  deleteLayer: '删除层',
  deleteTitle: '删除选中的层，并把它的输入接到它的输出上（Delete）',
  palette: {
    heading: '添加层',
    hint: '点击插入到选中的层之后；拖动可放到任意位置。',
    groups: { dense: '全连接', convolution: '卷积', merge: '合并' },
    add: '添加 {{label}} 层',
  },
  canvas: {
    autoLayout: '自动布局',
    autoLayoutTitle: '按深度从上到下排列各层',
    fitView: '适应视图',
    fitViewTitle: '显示整个网络；网络很高时显示它的顶部',
    dismissWire: '关闭连线消息',
    keysHint: '方向键在层之间移动，Enter 编辑层的属性，Delete 删除它。从一个层底部的连接点拖到另一个层顶部的连接点即可连线。',
    layer: '层 {{name}}',
    wire: '从 {{source}} 到 {{target}} 的连线',
  },
  card: {
    outputShape: '每张图像的输出形状',
    params_one: '{{n}} 个参数',
    params_other: '{{n}} 个参数',
    output: '输出',
  },
  properties: {
    heading: '属性',
    empty: '在画布上选中一个层，查看它计算什么并修改它的设置。没有选中时，新层会加在输出层之前。',
    outputShape: '输出形状',
    parameters: '参数',
    noSettings: '这个层没有设置。',
    enterSizes: '请输入尺寸，例如 7, 7, 16。',
    enterNumber: '请输入一个数字。',
    range: '{{min}} 到 {{max}}',
    outOfRange: '超出范围：允许 {{range}}。',
  },
  totals: {
    parameters: '参数',
    batchNormStatistics: '+ {{count}} 个 BatchNorm 统计量',
    knownShapesOnly: '只计形状已知的层',
    flops: '每张图像的 FLOPs',
    flopsTitle: '一次前向传播需要 {{count}} 次浮点运算',
    memory: '训练内存',
    memoryParts: '权重、梯度，以及一个 {{batch}} 张图像的批量的激活值',
    memoryPartsState: '权重、梯度、{{optimizer}} 状态，以及一个 {{batch}} 张图像的批量的激活值',
    memoryUnknown: '每一层的形状都已知后才能估算',
  },
  issues: {
    ok: '网络没有问题：可以训练。',
    count_one: '训练前需要修正 {{n}} 个问题：',
    count_other: '训练前需要修正 {{n}} 个问题：',
    goTo: '转到 {{name}}',
  },
  summary: {
    input: '28×28 灰度图像',
    dense: '{{units}} 个单元，{{activation}}',
    conv: '{{filters}} 个 {{window}} 滤波器，步幅 {{strides}}，{{padding}}，{{activation}}',
    pool: '{{window}} 窗口，步幅 {{strides}}，{{padding}}',
    dropout: '丢弃率 {{rate}}',
    batchNorm: '动量 {{momentum}}',
    reshape: '变为 {{shape}}',
  },
};

/** 只读网络表格的文字。 */
export const network: (typeof en)['network'] = {
  title: '网络',
  layers_one: '{{n}} 层',
  layers_other: '{{n}} 层',
  layer: '层',
  type: '类型',
  settings: '设置',
  outputShape: '输出形状',
  parameters: '参数',
  trainable: '可训练参数',
  nonTrainable: '不可训练（BatchNorm 的滑动统计量）',
};
