/** Query parsing, engine expressions and snippets of the site search (no database). */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/search/query';
import { makeSnippet } from '../src/search/snippet';
import { ftsExpressions } from '../src/search/sqlite';
import { tsqueries } from '../src/search/postgres';

describe('parseQuery', () => {
  it('folds words, keeps quoted text and document numbers as phrases', () => {
    expect(parseQuery('co cau "tổ chức"').groups).toEqual([['to', 'chuc'], ['co'], ['cau']]);
    expect(parseQuery('Nghị định 13/2018/NĐ-CP').groups).toEqual([['nghi'], ['dinh'], ['13', '2018', 'nd', 'cp']]);
    expect(parseQuery('“cơ cấu tổ chức”').groups).toEqual([['co', 'cau', 'to', 'chuc']]);
  });

  it('ignores punctuation-only input, repeated words, and text past the limits', () => {
    expect(parseQuery(' ?? -- ').groups).toEqual([]);
    expect(parseQuery('dang ky đăng ký').groups).toEqual([['dang'], ['ky']]);
    expect(parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).groups).toHaveLength(16);
  });

  it('a word with commas or dots around it is not a phrase', () => {
    expect(parseQuery('hồ sơ, thủ tục.').groups).toEqual([['ho'], ['so'], ['thu'], ['tuc']]);
  });
});

describe('engine expressions', () => {
  it('FTS5: quoted phrases ANDed, title-only column filter, whole-query phrase', () => {
    const e = ftsExpressions([['dang'], ['13', '2018', 'nd', 'cp']]);
    expect(e.all).toBe('"dang" AND "13 2018 nd cp"');
    expect(e.title).toBe('{title_key} : ("dang" AND "13 2018 nd cp")');
    expect(e.phrase).toBe('"dang 13 2018 nd cp"');
  });

  it('Postgres: <-> inside a group, & between groups, :A for the title part', () => {
    const q = tsqueries([['dang'], ['13', '2018']]);
    expect(q.all).toBe('(dang) & (13 <-> 2018)');
    expect(q.title).toBe('(dang:A) & (13:A <-> 2018:A)');
    expect(q.phrase).toBe('dang <-> 13 <-> 2018');
  });
});

describe('makeSnippet', () => {
  it('marks matches as written, joining adjacent words', () => {
    const parts = makeSnippet('Người dân đăng ký kết hôn trực tuyến.', ['dang', 'ky']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['đăng ký']);
    expect(parts.map((p) => p.text).join('')).toBe('Người dân đăng ký kết hôn trực tuyến.');
  });

  it('cuts a window around the best match in long text, with ellipses', () => {
    const text = `${'Đoạn mở đầu không liên quan. '.repeat(30)}Thủ tục đăng ký hộ tịch tại xã. ${'Phần cuối. '.repeat(40)}`;
    const parts = makeSnippet(text, ['dang', 'ky', 'ho', 'tich'], 120);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['đăng ký hộ tịch']);
    expect(shown.length).toBeLessThan(140);
  });

  it('marks a document number as one piece, but not words across a comma', () => {
    expect(makeSnippet('Nghị định 13/2018/NĐ-CP của Chính phủ', ['13', '2018', 'nd', 'cp']).filter((p) => p.match).map((p) => p.text)).toEqual(['13/2018/NĐ-CP']);
    expect(makeSnippet('hồ sơ, thủ tục', ['so', 'thu']).filter((p) => p.match).map((p) => p.text)).toEqual(['sơ', 'thủ']);
  });

  it('does not mark a token inside a longer word', () => {
    expect(makeSnippet('Không có gì', ['co']).filter((p) => p.match).map((p) => p.text)).toEqual(['có']);
  });
});
