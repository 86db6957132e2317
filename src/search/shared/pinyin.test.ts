import { describe, expect, it } from 'vitest';
import {
  fuzzySyllable,
  level1Chars,
  pinyinKeys,
  readingTable,
  readPinyin,
  soundAlikes,
  syllableSet,
  type SpokenTerm,
} from './pinyin';
import { buildPinyinData, termSyllables } from '../build/pinyin';

// The real table, as the build writes it (pinyin-pro at build time only).
const data = buildPinyinData('');
const table = readingTable(data);

describe('the reading table of the common characters', () => {
  it('holds the 3,755 characters of GB 2312 level 1, in pinyin order', () => {
    const chars = level1Chars();
    expect(chars).toHaveLength(3755);
    expect(chars.slice(0, 3).join('')).toBe('啊阿埃');
  });

  it('gives every level-1 character its readings, polyphones included, in a few kilobytes', () => {
    expect(table.get('钱')).toEqual(['qian']);
    expect(table.get('录')).toEqual(['lu']);
    expect(table.get('重')).toEqual(expect.arrayContaining(['zhong', 'chong']));
    expect(table.get('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
    expect(level1Chars().every((ch) => (table.get(ch)?.length ?? 0) > 0)).toBe(true);
    expect(data.runs.length + data.extra.length).toBeLessThan(8000);
  });

  it('adds a rarer character the vocabulary uses', () => {
    const withRare = readingTable(buildPinyinData('瑷'));
    expect(withRare.get('瑷')).toEqual(['ai']);
  });
});

describe('pinyin', () => {
  it('reads terms in context and makes keys', () => {
    expect(termSyllables('工行')).toEqual(['gong', 'hang']);
    expect(termSyllables('工银e钱包')).toEqual(['gong', 'yin', 'e', 'qian', 'bao']);
    expect(pinyinKeys(['shu', 'zi', 'ren', 'min', 'bi'])).toEqual({ full: 'shuzirenminbi', initials: 'szrmb' });
  });

  it('folds the sounds many speakers blur', () => {
    expect(fuzzySyllable('zheng')).toBe(fuzzySyllable('zhen'));
    expect(fuzzySyllable('shi')).toBe('si');
    expect(fuzzySyllable('ying')).toBe('yin');
  });

  const full = new Map<string, string[]>([
    ['zhifu', ['支付']],
    ['shibai', ['失败']],
    ['zhifushibai', ['支付失败']],
    ['yanzhengma', ['验证码']],
  ]);
  const syllables = syllableSet(table);

  it('reads pinyin typed without conversion, with or without spaces, preferring longer words', () => {
    expect(readPinyin('zhifushibai', full, syllables)).toEqual(['支付失败']);
    expect(readPinyin('zhifu', full, syllables)).toEqual(['支付']);
    expect(readPinyin('yanzhengmashoubudao', full, syllables)).toEqual(['验证码']);
  });

  it('tells English from pinyin', () => {
    expect(readPinyin('password', full, syllables)).toBeNull();
    expect(readPinyin('app', full, syllables)).toBeNull();
    expect(readPinyin('huan', full, syllables)).toEqual([]); // pinyin, but none of the site's words
  });
});

describe('IME slips and typos', () => {
  const terms: SpokenTerm[] = ['登录', '冻结', '验证码', '征信', '工银e生活', '钱包被盗', '重复扣款'].map((term) => ({
    term,
    syllables: termSyllables(term),
  }));
  const found = (text: string, known: boolean[] = []) => soundAlikes(text, terms, table, known).map((s) => s.term);

  it('corrects characters that sound the same', () => {
    expect(found('登陆不上')).toEqual(['登录']);
    expect(found('账户被冻洁了')).toEqual(['冻结']);
    expect(found('验正码收不到')).toEqual(['验证码']);
    expect(found('付一次款是不是重负扣款')).toEqual(['重复扣款']);
  });

  it('forgives the sounds many speakers blur (zh/z, -ng/-n)', () => {
    expect(found('影响真信吗')).toEqual(['征信']);
  });

  it('forgives one wrong character in a long word', () => {
    expect(found('工银e生化是什么')).toEqual(['工银e生活']);
  });

  it('never corrects a word the site knows, nor a word with no character in common', () => {
    // 钱包被封: 被封 is a known word (a synonym of 冻结), so it is not turned into 被盗.
    expect(found('钱包被封', [true, true, true, true])).toEqual([]);
    expect(found('路线')).toEqual([]);
    expect(found('登录不上')).toEqual([]);
  });
});
