// The Chinese search's side of the cross-edition offer (src/search/shared/edition.ts) on the
// engine built from content/: pinyin is read as a Chinese reader's query, English is not.
import { describe, expect, it } from 'vitest';
import { editionOffer } from '../src/search/shared';
import { engineFromContent } from './search-engine';

const engine = engineFromContent();

/** What the Chinese search view offers for a query (weak as the view decides it). */
function offered(q: string) {
  const f = engine.suggest(q, 5);
  const weak = !f.results.length || f.analysis.missing.length > 0 || !f.confident;
  return editionOffer(q, 'zh-CN', weak, f.analysis.pinyin);
}

describe('the English edition offered on the Chinese search', () => {
  it('reads pinyin as Chinese, whatever its matches', () => {
    for (const q of ['fukuan shibai', 'zhifu shibai', 'qianbao dongjie']) {
      expect(engine.analyse(q).pinyin, q).toBe(true);
      expect(offered(q), q).toBeUndefined();
    }
  });

  it('offers the English edition for an English question the Chinese articles answer weakly', () => {
    const q = 'how do I exchange leftover money at the airport';
    expect(engine.analyse(q).pinyin).toBe(false);
    expect(offered(q)).toBe('en');
  });
});
