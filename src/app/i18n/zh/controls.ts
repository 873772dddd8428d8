// 教学控件的中文（标签平滑、Nesterov、Centered、权重衰减方式、数据增强及其预览、随机种子、早停、学习率图和梯度裁剪图）。
import type { en } from '../en';

/** 教学控件的文字。 */
export const controls: (typeof en)['controls'] = {
  labelSmoothingHint: '把每个目标的这一份额平均分给其他类别：(1 − ε) y + ε / K。',
  nesterovHint: '向前看一步：在速度即将把权重带到的位置计算梯度。',
  centeredHint: '除以近期梯度的方差，而不是它们的均方。',
  weightDecayTypeHint: {
    l2: '在损失中加上各层权重矩阵（kernel）的 λ Σ w²（耦合式：它会经过优化器）。',
    l1: '在损失中加上各层权重矩阵（kernel）的 λ Σ |w|，会把小的权重压到正好为 0。',
    decoupled: '每一步之后在损失之外把权重矩阵乘以 (1 − η λ)（AdamW 的做法）。',
  },
  augmentHint: '每个批量按本次运行的随机种子随机改变每张训练图像；标签不变。',
  seedHint:
    '决定初始权重、打乱顺序、丢弃法和数据增强。在 CPU 和 WASM 上，同样的种子、设置和后端会把一次运行重复到最后一位数字；在 WebGL 和 WebGPU 上，GPU 可能以另一种顺序求和，所以结果非常接近，但不一定到最后一位都相同。',
  earlyStoppingHint: '当验证损失连续“耐心”轮都没有改善时结束运行，并恢复最好那一轮的权重。',
  learningRateChart: '计划步数内的学习率调度',
  learningRateChartNote: '共计划 {{steps}} 步；圆点是下一步。',
  clipChart: '每一步裁剪前的全局梯度范数，以及裁剪阈值',
  clipShare: '{{share}} 的步被裁剪（{{steps}} 步中的 {{clipped}} 步）。',
  clipOff: '梯度裁剪已关闭：这条线显示的是会与裁剪阈值比较的梯度范数。',
  clipEmpty: '开始训练后，这里会显示每一步的梯度范数。',
  previewTitle: '当前批量中经过增强的图像',
  previewCaption: '当前批量中经过增强的图像（第 {{batch}} 批）。',
  previewImage: '经过增强的训练图像，标签 {{label}}',
  previewEmpty: '打开“数据增强”并开始训练，就能看到网络实际拿到的图像。',
  lastBatch: '最后一个批量：{{value}}。读数是本轮到目前为止的平均值，与 Keras 的显示方式相同。',
};
