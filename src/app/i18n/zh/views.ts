// 学习视图的中文：曲线图、公式、预测、评估。
import type { en } from '../en';

/** 损失和准确率曲线图的文字。 */
export const charts: (typeof en)['charts'] = {
  loss: '损失',
  accuracy: '准确率',
  logScale: '对数刻度',
  eachBatch: '每个批量',
  smoothed: '平滑后',
  validation: '验证集',
  lossEmpty: '开始训练后，损失曲线会显示在这里。',
  accuracyEmpty: '开始训练后，准确率曲线会显示在这里。',
  batchTitle: '第 {{batch}} 个批量',
  summary: {
    loss: '第 {{batch}} 个批量的损失：{{value}}，平滑后 {{smoothed}}。',
    accuracy: '第 {{batch}} 个批量的准确率：{{value}}，平滑后 {{smoothed}}。',
    validation: '第 {{epoch}} 轮结束时的验证结果：{{value}}。',
    notANumber: '不是数字',
  },
  caption:
    '横轴是训练的批量数。浅色的线是每个批量的值，粗线是它的滑动平均（每个新批量占 {{weight}}%）。圆点是每轮结束时在验证图像上的测量值。虚线是你在“训练记录”中选中的早先训练；竖直的点线标出你在训练中修改设置的时刻。',
};

/** 公式卡片的文字；<x/> 表示小公式的位置。 */
export const formulas: (typeof en)['formulas'] = {
  title: '公式',
  aside: '随你的设置变化',
  loss: '损失函数',
  lossWhere: '<y/> 是 one-hot 标签，<yhat/> 是网络的输出，K = 10 个类别；一个批量的损失是其中所有图像的平均值。',
  optimizer: '优化器更新',
  optimizerWhere: '<g/> 是第 t 步时损失对权重 <theta/> 的梯度。',
  schedule: '学习率调度',
  scheduleWhere: 't 是批量计数，T 是这次训练的总批量数，<eta/>。',
  activation: '激活函数',
  usedBy: '用于 {{layers}}。',
};

/** 预测网格的文字。 */
export const predictions: (typeof en)['predictions'] = {
  title: '预测',
  live: '训练时实时更新',
  correct: '{{total}} 个中对了 {{correct}} 个 · 第 {{batch}} 个批量',
  showcase: '每个类别两张测试图像，每次训练都是同样的图像。选择一张图像，用它查看网络内部。',
  waiting: '按“训练”或“单步”后，网络对这些测试图像的猜测会显示在这里，每 {{seconds}} 秒更新一次。',
  lookInside: '用测试图像 {{index}}（{{name}}）查看网络内部',
  testImage: '测试图像 {{index}}',
  right: '正确',
  wrong: '错误，实际是 {{name}}',
  a: '{{name}}',
};

/** 测试集评估的文字。 */
export const evaluation: (typeof en)['evaluation'] = {
  title: '在测试集上的评估',
  aside: '{{samples}} 张测试图像 · 正确率 {{accuracy}} · 第 {{batch}} 个批量之后',
  asideEmpty: '在全部 10,000 张测试图像上',
  evaluateNow: '立即评估',
  evaluateHint: '训练结束时会自动评估；“立即评估”按网络此刻的状态打分。',
  needsModel: '请先按“训练”或“单步”：评估需要一个有权重的网络。',
  confusion: '混淆矩阵',
  report: '精确率、召回率和 F1',
  roc: 'ROC 曲线，每个类别对其余类别',
  mistakes: '最有把握的错误',
  matrixCaption: '行：真实类别。列：预测类别。选择一个格子查看其中的图像。',
  matrixCorner: '真实 ↓ 预测 →',
  matrixCornerLabel: '真实类别对预测类别',
  cellLabel: '{{count}} 张 {{actual}} 的图像被预测为 {{predicted}}',
  reportCaption: '每个类别的精确率、召回率和 F1，单位为百分比',
  className: '类别',
  precision: '精确率 %',
  precisionTitle: '被预测为这个类别的图像中，真正属于它的比例',
  recall: '召回率 %',
  recallTitle: '这个类别的图像中，被找出来的比例',
  f1: 'F1 %',
  f1Title: '精确率和召回率的调和平均',
  images: '图像数',
  macro: '宏平均',
  zoom: '放大左上角',
  falsePositiveRate: '假阳性率',
  truePositiveRate: '真阳性率',
  aucLegend: '每条 ROC 曲线下的面积',
  aucNote: '曲线下面积（AUC；1 为完美，0.5 相当于瞎猜）',
  lookInside: '用测试图像 {{index}} 查看网络内部',
  testImageOf: '测试图像 {{index}}，{{name}}',
  seenAs: '<truth>{{truth}}</truth>，被看成 <wrong>{{wrong}}</wrong>',
  topThree: '概率最高的三个类别',
  close: '关闭',
  loadingImages: '正在加载测试图像…',
  noImages: '没有测试图像落在这个格子里。',
  noMistakes: '测试集上没有错误。',
  aucOf: '{{name}}：AUC ',
  many: '{{name}} 的图像',
  manyDigits: '{{name}} 的图像',
  recognised: '{{many}}被识别为 {{actual}}',
  mistaken: '{{many}}被误认为 {{predicted}}',
  cellImages: '图像：{{what}}',
  cellCount_one: ' · {{n}} 张图像',
  cellCount_other: ' · {{n}} 张图像',
  firstShown: '（只显示前 {{count}} 张）',
};
