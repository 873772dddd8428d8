// Every refused document has words naming its problem (core reports the code and path; the app words them).
import { afterEach, describe, expect, it } from 'vitest';
import { refusal, REFUSED_DOCUMENTS } from '../../../core/document/refusedDocuments.fixture';
import { i18n } from '../../i18n/i18n';
import { describeDocumentError } from './documentErrorText';

afterEach(() => i18n.changeLanguage('en'));

describe('restoreDocument refuses, with a code and words that name the problem', () => {
  it.each(REFUSED_DOCUMENTS)('%s', (_label, make, code, path, words) => {
    expect(describeDocumentError(refusal(make(), code, path))).toMatch(words);
  });

  it('has Chinese words for each of them', () => {
    void i18n.changeLanguage('zh');
    for (const [label, make, code, path] of REFUSED_DOCUMENTS) {
      const words = describeDocumentError(refusal(make(), code, path));
      expect(words, label).toMatch(/[\u4e00-\u9fff]/);
      expect(words, label).not.toMatch(/codes\./);
    }
  });
});
