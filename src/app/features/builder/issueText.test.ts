import { afterEach, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../core/network/analyze';
import { chain } from '../../../core/network/graph';
import { ISSUE_CODES } from '../../../core/network/issues';
import { i18n } from '../../i18n/i18n';
import { describeIssue, describeIssueDetail } from './issueText';

afterEach(() => i18n.changeLanguage('en'));

describe('issue words', () => {
  it('has words for every issue code in both languages', () => {
    for (const language of ['en', 'zh']) {
      void i18n.changeLanguage(language);
      for (const code of ISSUE_CODES) expect(describeIssueDetail({ code }), `${code} (${language})`).not.toMatch(/^codes\.|issues:/);
    }
  });

  it('names the layer, and formats counts in the page locale', () => {
    const tooMany = { code: 'too-many-parameters' as const, params: { count: 70381578, max: 20000000, layer: 'dense_2', layerCount: 16781312 } };
    expect(describeIssue(tooMany)).toBe(
      'The network has 70,381,578 parameters, more than the 20,000,000 a browser can train; layer dense_2 has the most, 16,781,312.',
    );
    const graph = chain(['input', { type: 'dense', params: { units: 10, activation: 'softmax' } }]);
    const [issue] = analyzeNetwork(graph).issues;
    expect(describeIssue(issue, graph)).toBe('Layer dense_1 needs a flat input; add a Flatten layer before it (got 28×28×1).');
    void i18n.changeLanguage('zh');
    expect(describeIssue(issue, graph)).toBe('层 dense_1 需要扁平的输入；请在它前面加一个 Flatten 层（现在是 28×28×1）。');
  });
});
