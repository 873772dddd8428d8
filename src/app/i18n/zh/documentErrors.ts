// 文档（链接、文件）被拒绝的原因：core/document/errors.ts 的错误码。
import type { en } from '../en';

/** 被拒绝的文档的文字。 */
export const documentErrors: (typeof en)['documentErrors'] = {
  codes: {
    'too-large': '它有 {{size}} 个字符；一个网络最多只能有 {{max}} 个',
    'not-json': '它不是有效的 JSON（{{detail}}）',
    'not-a-document': '它包含的是{{found}}，而不是一个网络',
    'unsupported-version': '它的版本 {{version}} 不是这个格式的版本',
    'newer-version': '它由更新版本的神经网络游乐场保存（格式版本 {{version}}；这个版本最多能读到 {{newest}}）',
    'missing-field': '缺少 {{at}}',
    'wrong-type': '{{at}} 应该是{{expected}}，而不是{{received}}',
    'too-long': '{{at}} 超过了 {{max}}',
    'too-many-layers': '它有 {{count}} 层；最多允许 {{max}} 层',
    'too-many-wires': '它有 {{count}} 条连线；最多允许 {{max}} 条',
    'invalid-id': '{{at}} "{{id}}" 不是可用的 id（只能用字母、数字和 - . _ ~，并以字母或数字开头）',
    'duplicate-id': 'id "{{id}}" 被用了两次（{{at}}）',
    'invalid-layer-name': '层名 "{{name}}" 不能用作 TensorFlow.js 的层名（只能用字母、数字和 - . _，并以字母或数字开头）',
    'duplicate-layer-name': '有两个层都叫 "{{name}}"',
    'unknown-layer-type': '{{at}} 的层类型 "{{type}}" 未知',
    'unknown-choice': '{{at}} 是 "{{value}}"，不在以下选项中：{{allowed}}',
    'wire-to-unknown-layer': '连线 {{at}} 通向 "{{node}}"，而它不是这个网络中的层',
    'duplicate-wire': '"{{source}}" 被两次连到 "{{target}}"',
    'link-not-base64url': '链接中的网络部分写法不对（缺少字符或含有不该有的字符）',
    'link-not-compressed': '链接中的网络部分无法解压（可能缺了一部分）',
  },
  noFormat: '它没有 "format": "neural-playground"，所以不是神经网络游乐场保存的',
  otherFormat: '它的格式是 {{found}}，而不是 "neural-playground"',
  theDocument: '文档',
  kinds: {
    null: 'null',
    nothing: '空',
    'a list': '列表',
    text: '文本',
    'a number': '数字',
    'a finite number': '有限的数字',
    'true or false': 'true 或 false',
    'an object': '对象',
    'a list of whole numbers': '整数列表',
    'something else': '其他值',
  },
};
