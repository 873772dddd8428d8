// 整个页面共用的中文：页眉、语言菜单、加载提示。
import type { en } from '../en';

/** 整个页面共用的文字。 */
export const common: (typeof en)['common'] = {
  title: '神经网络游乐场',
  tagline: '搭建一个网络，用真实的手写数字或服装照片训练它，看着它学习。',
  loadingViews: '正在加载网络搭建器和学习视图…',
  languageHint: '页面的语言',
};
