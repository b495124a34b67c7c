import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessages } from './english-i18n.ts';
import { messageKeyProblems, requestedKeys, type SourceFile } from './message-keys.ts';

const read = (path: string): SourceFile => ({ path, source: readFileSync(path, 'utf8') });
const files = [
  ...readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(tsx?|html)$/.test(file) && !file.startsWith('build'))
    .map((file) => read(join('src', file))),
  read('manifest.json'),
];
const english = englishMessages;
const planted = (source: string): SourceFile => ({ path: 'src/ui/planted.tsx', source: `import { t } from '../shared/i18n.ts';\n${source}` });

describe('the English messages and the code', () => {
  it('reads the real sources', () => {
    const { keys, plurals } = requestedKeys(files);
    expect(keys).toContain('extName');
    expect(keys).toContain('viewPage');
    expect(plurals).toContain('countMentions');
    expect(keys.size).toBeGreaterThan(100);
  });

  it('has every key the code asks for, uses every key it has, and complete placeholders and plurals', () => {
    expect(messageKeyProblems(english, files, english.messagesLanguage!.message)).toEqual([]);
  });

  it('is the manifest’s default locale', () => expect(JSON.parse(read('manifest.json').source).default_locale).toBe('en'));

  it('fails on a key the code asks for that is missing, and on a plural form missing', () => {
    expect(messageKeyProblems(english, [...files, planted("t('noSuchKey');")], 'en')).toEqual(['missing: noSuchKey']);
    expect(messageKeyProblems(english, [...files, planted("plural('countCats', 2);")], 'en')).toEqual(['missing: countCats_one', 'missing: countCats_other']);
    const onlyOne = { ...english, countCats_one: { message: '$COUNT$ cat', placeholders: { count: { content: '$1' } } } };
    expect(messageKeyProblems(onlyOne, [...files, planted("plural('countCats', 2);")], 'en')).toEqual(['missing: countCats_other']);
  });

  it('fails on a key no code uses, even when its name is written in a file that reads no messages', () => {
    const extra = { ...english, neverShown: { message: 'Nobody reads this' } };
    expect(messageKeyProblems(extra, files, 'en')).toEqual(['unused: neverShown']);
    expect(messageKeyProblems(extra, [...files, { path: 'src/x.ts', source: "const a = 'neverShown';" }], 'en')).toEqual(['unused: neverShown']);
  });

  it('fails on a placeholder without its substitution', () => {
    const broken = { ...english, greet: { message: 'Hello $NAME$ and $OTHER$', placeholders: { name: { content: '$2' } } } };
    expect(messageKeyProblems(broken, [...files, planted("t('greet', 'Ada');")], 'en')).toEqual(['placeholders of greet are not $1…$1', 'greet has no placeholder OTHER']);
  });
});
