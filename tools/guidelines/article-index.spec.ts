import { readFileSync } from 'node:fs';
import { GUIDELINES_PATH, INDEX_PATH, renderArticleIndex } from './build-article-index';
import { parseGuidelines } from './parse-guidelines';

describe('the article index kept in libs/policies', () => {
  const text = readFileSync(GUIDELINES_PATH, 'utf8');

  it('matches the committed guidelines text (run `npm run docs:articles` after changing it)', () => {
    expect(readFileSync(INDEX_PATH, 'utf8')).toBe(renderArticleIndex(text));
  });

  it('holds every article of the guidelines, 第1条 to 第24条 with 第10条の2〜4 and 第19条の2', () => {
    const numbers = parseGuidelines(text).articles.map((a) => a.number);
    expect(numbers).toEqual([
      '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '10の2', '10の3', '10の4', '11', '12', '13', '14', '15', '16',
      '17', '18', '19', '19の2', '20', '21', '22', '23', '24',
    ]);
  });

  it('counts paragraphs (項) and items (号) as written', () => {
    const byNumber = new Map(parseGuidelines(text).articles.map((a) => [a.number, a]));
    expect(byNumber.get('6')?.paragraphs.map((p) => p.items)).toEqual([0, 4, 4, 0, 0, 0]);
    expect(byNumber.get('12')?.paragraphs.map((p) => p.items)).toEqual([7]);
    expect(byNumber.get('20')?.paragraphs).toHaveLength(6);
    expect(byNumber.get('21')?.heading).toBe('パスワードの管理方法');
    expect(byNumber.get('10の3')?.chapter).toBe('第4章 住民基本台帳カードの管理');
  });

  it('records the six 附則 dates', () => {
    expect(parseGuidelines(text).supplementaryProvisions).toHaveLength(6);
  });
});
