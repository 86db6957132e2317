import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnglish } from './english';

// The English edition's checks run the Chinese edition's rules on content/en/, in English.
describe('checkEnglish', () => {
  it('holds a fraud page of content/en/ to the safe order, naming file, line and fix in English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'english-check-'));
    mkdirSync(join(dir, 'en', 'faq'), { recursive: true });
    writeFileSync(
      join(dir, 'en', 'faq', 'fake-calls.mdx'),
      [
        '---',
        'title: Is this call really from the bank?',
        'description: How to tell a real bank call from a scam, and what to do if you already paid a scammer money.',
        'order: 1',
        'keywords: [fake bank call]',
        'fraud: true',
        'noCounterpart: a test page',
        '---',
        '',
        'Call <Phone id="icbc-hotline" /> to check. Already paid? Call <Phone id="police-110" />.',
        '',
        '## Heading',
      ].join('\n'),
    );
    const fraud = checkEnglish(dir, []).filter((p) => /fraud: true/.test(p.message));
    expect(fraud.map((p) => `${p.file.replace(/^.*\/en\//, 'en/')}:${p.line}: ${p.message.split('.')[0]}`)).toEqual([
      'en/faq/fake-calls.mdx:10: this is a fraud page (fraud: true) and the number "95588" comes before the first 110',
    ]);
  });
});
