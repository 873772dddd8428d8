// 分享和保存的中文：分享控件、被拒绝的文档、通知。
import type { en } from '../en';

/** 分享控件的标签。 */
export const shareLabels: (typeof en)['shareLabels'] = {
  copyLink: '复制链接',
  exportNetwork: '导出网络',
  importNetwork: '导入网络',
  networkName: '网络名称',
  linkField: '指向这个网络的链接',
  untitled: '未命名网络',
  group: '分享和保存',
};

/** 控件的提示。 */
export const shareHints: (typeof en)['shareHints'] = {
  copyLink: '复制一个链接，打开它就能得到这个网络和它的设置',
  exportNetwork: '把网络和它的设置下载为 .json 文件',
  importNetwork: '打开用“导出网络”保存的 .json 文件（也可以把它拖到搭建器上）',
  networkName: '也是导出文件的名称',
};

/** 分享和保存的警告与通知。 */
export const share: (typeof en)['share'] = {
  newerLink: '这个链接需要更新版本的神经网络游乐场',
  newerNetwork: '这个网络需要更新版本的神经网络游乐场',
  damagedLink: '链接已损坏',
  notOurs: '这个文件不是神经网络游乐场的网络',
  damagedFile: '这个网络文件已损坏',
  unreadableStorage: '无法读取保存的网络',
  actions: {
    link: '你的网络和设置没有改变。请重新索取链接，并完整复制。',
    file: '你的网络和设置没有改变。请选择用“导出网络”保存的文件。',
    storage: '你的网络和设置没有改变。',
  },
  inFile: '“{{file}}”：{{problem}}',
  from: { link: '链接', file: '文件', storage: '保存的工作' },
  copied: '链接已复制。打开它的人会得到这个网络和它的设置。',
  shown: '这个浏览器不允许复制，所以链接已选中显示在按钮下方：请用 Ctrl+C（Mac 上用 ⌘C）复制。',
  named: '“{{name}}”',
  theNetwork: '网络',
  migrated: '它由旧版本保存，已更新到当前版本。',
  ignored_one: '忽略了 {{n}} 个未知字段。',
  ignored_other: '忽略了 {{n}} 个未知字段。',
  opened: '已从{{from}}打开{{what}}。{{migrated}}{{ignored}}“撤销”可以恢复你之前的网络。',
  exported: '网络已保存为 {{file}}。',
};
