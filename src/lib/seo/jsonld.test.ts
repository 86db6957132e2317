import { describe, expect, it } from 'vitest';

/** A JSON-LD object as the tests read it back. */
type Ld = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON-LD
const parse = (s: string): Ld => JSON.parse(s) as Ld;
import { article, breadcrumbList, faqPage, firstParagraph, serializeJsonLd, webSite } from './jsonld';

describe('JSON-LD', () => {
  it('escapes values so a title cannot end the script element', () => {
    const out = serializeJsonLd(
      article({
        headline: '</script><script>alert(1)</script>',
        description: 'a & b',
        url: 'https://h/x/',
        dateModified: new Date('2026-11-20T00:00:00Z'),
      }),
    );
    expect(out).not.toContain('</script>');
    expect(out).not.toContain('<');
    expect(parse(out).headline).toBe('</script><script>alert(1)</script>');
    expect(parse(out).description).toBe('a & b');
  });
  it('builds the types with their required properties', () => {
    const bc = parse(
      serializeJsonLd(
        breadcrumbList([
          { name: '首页', url: 'https://h/' },
          { name: '解决步骤', url: 'https://h/fixes/' },
        ]),
      ),
    );
    expect(bc['@context']).toBe('https://schema.org');
    expect((bc['itemListElement'] as unknown[])[1]).toEqual({
      '@type': 'ListItem',
      position: 2,
      name: '解决步骤',
      item: 'https://h/fixes/',
    });
    const a = article({
      headline: 'h',
      description: 'd',
      url: 'https://h/x/',
      dateModified: new Date('2026-11-20T00:00:00Z'),
    });
    expect(a).toMatchObject({
      '@type': 'Article',
      headline: 'h',
      inLanguage: 'zh-CN',
      dateModified: '2026-11-20T00:00:00.000Z',
    });
    expect(faqPage([{ question: 'q？', answer: 'a。' }]).mainEntity).toEqual([
      { '@type': 'Question', name: 'q？', acceptedAnswer: { '@type': 'Answer', text: 'a。' } },
    ]);
    expect(webSite({ name: 'n', url: 'https://h/', description: 'd' }).potentialAction).toMatchObject({
      target: 'https://h/search/?q={search_term_string}',
    });
  });
  it('puts several objects in one @graph', () => {
    const g = parse(serializeJsonLd([webSite({ name: 'n', url: 'https://h/', description: 'd' }), faqPage([])]));
    expect(g['@graph']).toHaveLength(2);
  });
  it('keeps the number or address a component prints in the FAQ answer', () => {
    expect(
      firstParagraph('已经转了钱，先拨打 <Phone id="police-110" /> 报警；官网是 <Site id="icbc-website" />。'),
    ).toBe('已经转了钱，先拨打 110 报警；官网是 www.icbc.com.cn。');
  });

  it('takes the first real paragraph of a body as the answer', () => {
    expect(firstParagraph('\nimport X from "y"\n\n## 标题\n\n一般**不会**，见[这里](/a/)。\n\n第二段。')).toBe(
      '一般不会，见这里。',
    );
  });
});
