import { articleExists, articleHeading, parseArticleRef } from './articles';

describe('article citations', () => {
  it.each([
    ['第21条第2項', true],
    ['第10条の3第3号', true],
    ['第17条第3項第2号', true],
    ['第6条第3項第2号', true],
    ['第2条第2項', true],
    ['第19条の2第1項第4号', true],
    ['附則', true],
    ['第21条第5項', false],
    ['第10条の3第4号', false],
    ['第25条', false],
    ['第10条の5', false],
    ['Article 21', false],
  ])('%s exists: %s', (ref, exists) => {
    expect(articleExists(ref)).toBe(exists);
  });

  it('parses article, paragraph and item', () => {
    expect(parseArticleRef('第17条第3項第2号')).toEqual({ article: '17', paragraph: 3, item: 2 });
    expect(parseArticleRef('第10条の3')).toEqual({ article: '10の3' });
  });

  it('knows each article by its heading', () => {
    expect(articleHeading('第21条第2項')).toBe('パスワードの管理方法');
    expect(articleHeading('第10条の3第3号')).toBe('住民基本台帳カードの廃棄');
  });
});
