// 保存工作、训练好的模型和训练线程恢复的中文。
import type { en } from '../en';

/** 保存和加载的文字。 */
export const persist: (typeof en)['persist'] = {
  panelTitle: '训练好的模型',
  download: '下载模型',
  load: '加载模型',
  hint: '模型文件包含训练好的权重和优化器状态：“加载模型”可以把它取回来继续训练、预测或评估；它也能在 TensorFlow.js 中加载（zip 里的 model.json + weights.bin）。',
  noModel: '请先按“训练”或“单步”：现在还没有训练好的模型。',
  notices: {
    downloaded: '已下载 {{fileName}}。',
    loaded: '已加载 {{name}}（第 {{batch}} 个批量）：“训练”会从那里继续。',
    theModel: '模型',
    resumed: '暂停的训练已在第 {{batch}} 个批量恢复：按“训练”继续。',
  },
  saves: {
    group: '已保存的网络',
    saveAs: '保存为',
    save: '保存',
    list: '这个浏览器中保存的网络',
    load: '加载 {{name}}',
    delete: '删除 {{name}}',
    loadShort: '加载',
    deleteShort: '删除',
    none: '还没有保存任何网络。“保存”会把网络和它的设置以一个名字保存在这个浏览器中；“加载”可以把它们取回来。',
    entry_one: '{{parameters}} 个参数，{{count}} 层，保存于 {{when}}',
    entry_other: '{{parameters}} 个参数，{{count}} 层，保存于 {{when}}',
    hint: '把网络和它的设置（不含训练好的权重：那些在“下载模型”里）以这个名字保存在这个浏览器中。',
    unavailable: '这个浏览器不能在这里保存（IndexedDB 已关闭，某些隐私窗口就是这样）：请改用“导出网络”。',
    saved: '已在这个浏览器中保存“{{name}}”。',
    replaced: '已用这个网络替换之前保存的“{{name}}”。',
    deleted: '已删除保存的“{{name}}”。',
    saveFailed: '无法在这个浏览器中保存这个网络',
    deleteFailed: '无法删除这个保存',
    failedDetail: '“{{name}}”：浏览器的存储（IndexedDB）拒绝了它；存储可能已满或被关闭。什么都没有改变。',
    failedAction: '请用“导出网络”把网络保存为文件。',
  },
  restarted: {
    title: '训练线程停止了；一个新的线程接替了它',
    fresh: '{{cause}} 已启动新的训练线程；当时还没有检查点，所以训练重新开始。',
    checkpoint: '{{cause}} 已启动新的训练线程，并从第 {{batch}} 个批量的检查点继续。',
    action: '无需操作：你的网络和设置都没有改变。如果反复出现，请重新加载页面或换一个后端。',
  },
  setAside: {
    title: '无法读取你保存的工作',
    detail: '保存在这个浏览器中的网络已损坏（{{reason}}）。它被另存为本地存储中的“{{keptAs}}”，并加载了一个可用的网络。',
    action: '导入你导出过的网络，或打开指向它的链接。从现在起，你当前的工作会再次自动保存。',
  },
  rejected: {
    title: '无法加载这个模型',
    detail: '“{{fileName}}”：{{problem}}。没有做任何更改。',
    action: '请选择用“下载模型”生成的文件。',
  },
  problems: {
    'not-a-zip': '它不是模型文件（不是 zip，或者文件不完整）',
    'too-large': '它太大了（{{bytes}} 字节）',
    'missing-part': '它缺少 {{part}}',
    'not-a-model-file': '它是 zip，但不是 Neural Playground 的模型',
    'newer-version': '它是由更新版本的应用写的（版本 {{version}}）',
    'document-rejected': '无法读取其中的网络：{{reason}}',
    'weights-mismatch': '它的权重与它的网络不匹配（{{detail}}）',
  },
};
