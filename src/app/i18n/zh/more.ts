// 手写画板、训练记录和更新横幅的中文。
import type { en } from '../en';

/** 手写画板的文字。 */
export const drawing: (typeof en)['drawing'] = {
  titleDigit: '你自己写的数字',
  titleDrawing: '你自己的画',
  aside: '在训练线程中运行',
  canvas: '写一个数字',
  clear: '清除画板',
  seen: '网络看到的图像',
  seenLabel: '你的画，缩放到 28×28 像素',
  prediction: '预测',
  sure: '把握 {{percent}}%',
  noModel: '请先按“训练”或“单步”：现在还没有可以询问的网络。',
  failed: '网络无法回答；请看页面顶部的消息。',
  answer: '网络对你的画的回答。',
  asking: '正在询问网络…',
  probabilities: '每个类别的概率',
  privacyNote: '你的画和训练数据都不会离开这个浏览器：网络在这台设备上学习和回答，不会向任何地方发送数据。',
};

/** 训练记录的文字。 */
export const runs: (typeof en)['runs'] = {
  title: '训练记录',
  thisSession: '本次会话 {{count}} 次',
  empty: '每次完成或重置的训练都会在本次会话中保留在这里，你可以把它叠加在损失和准确率曲线上，并排比较不同的优化器或学习率。',
  testAccuracy: '测试准确率',
  valAccuracy: '验证准确率',
  trainLoss: '训练损失',
  batches: '批量数',
  changed: '训练中的修改',
  runName: '训练 {{id}}',
  networkSummary: '{{name}} · {{layers}} · {{params}}',
  layers_one: '{{n}} 层',
  layers_other: '{{n}} 层',
  parameters_one: '{{n}} 个参数',
  parameters_other: '{{n}} 个参数',
  batchSize: '批量 {{size}}',
  epochs_one: '{{n}} 轮',
  epochs_other: '{{n}} 轮',
  changeAfter: '{{change}}（第 {{batch}} 个批量之后）',
  show: '在图表上显示 {{name}}',
  stopped: '（已停止）',
  current: '{{name}}（{{state}}）',
};

/** 新版本横幅的文字。 */
export const offline: (typeof en)['offline'] = {
  ready: '新版本已就绪。',
  reload: '重新加载',
};

/** 查看网络内部的文字。 */
export const inspect: (typeof en)['inspect'] = {
  title: '网络内部',
  aside: '测试图像 {{index}} · 预测为 {{name}}（{{percent}}）',
  testImage: '测试图像',
  testImageLabel: '测试图像 {{index}}',
  chooseHint: '也可以在预测或评估中选择一张图像。',
  chosenHint: '这是 {{name}}。也可以在上面选择一张图像。',
  needsModel: '请先按“训练”或“单步”：网络存在之前，各层没有可显示的内容。',
  weights: '权重和梯度',
  afterBatch: ' · 第 {{batch}} 个批量之后',
  refresh: '刷新权重',
  filters: '第一个卷积层（{{layer}}）：{{count}} 个 {{size}}×{{size}} 的滤波器',
  gradientsNote: '在 {{count}} 张训练图像上计算的损失梯度。每轮结束后刷新，或按“刷新权重”。',
  histogramsLater: '第一轮结束后，或按“刷新权重”后，会显示直方图。',
  flatten: '把输入排成一行数值；不做任何计算。',
  firstMaps: ' · 前 {{count}} 个特征图',
  firstValues: ' · 前 {{count}} 个值',
  range: ' · {{min}} 到 {{max}}',
  largePictures: '大图',
  gradientNormTitle: '每一层的梯度范数',
  gradientNormLog: '对数坐标（梯度范数）',
  gradientNormEmpty: '开始训练后，梯度范数会显示在这里。',
  weightMeta: '{{type}} · {{count}} 个权重 · ‖W‖ {{weightNorm}} · ‖∇W‖ {{gradientNorm}}',
};
