import { articleExists } from '../articles/articles';
import { MESSAGE_CATALOGUE, isMessageCode } from '../i18n/message-catalogue';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import { RULE_CATALOGUE, compareArticles } from './rule-catalogue';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

function profilePathExists(path: string): boolean {
  let node: unknown = DEFAULT_PROFILE;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

describe('the rule catalogue', () => {
  it('has rules', () => {
    expect(RULE_CATALOGUE.length).toBeGreaterThan(5);
  });

  it.each(RULE_CATALOGUE.map((r) => [r.id, r] as const))('%s cites an article that exists in the guidelines', (_id, rule) => {
    expect(articleExists(rule.article)).toBe(true);
  });

  it.each(RULE_CATALOGUE.map((r) => [r.id, r] as const))('%s: codes are in the catalogue, parameters in the profile', (_id, rule) => {
    expect(rule.id).toMatch(/^art\d+(-\d+)?\.[a-z][A-Za-z]+$/);
    expect(rule.title.ja && rule.title.en && rule.description.ja && rule.description.en).toBeTruthy();
    for (const code of rule.codes) expect(isMessageCode(code)).toBe(true);
    for (const parameter of rule.parameters) expect(profilePathExists(parameter)).toBe(true);
  });

  it('rule ids are unique', () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is ordered as the guidelines are', () => {
    expect(compareArticles('第10条', '第10条の2')).toBeLessThan(0);
    expect(compareArticles('第10条の4', '第11条')).toBeLessThan(0);
    expect(compareArticles('第17条第3項第2号', '第17条第3項')).toBeGreaterThan(0);
    expect(compareArticles('附則', '第24条')).toBeGreaterThan(0);
    for (let i = 1; i < RULE_CATALOGUE.length; i++) {
      expect(compareArticles((RULE_CATALOGUE[i - 1] as { article: string }).article, (RULE_CATALOGUE[i] as { article: string }).article)).toBeLessThanOrEqual(0);
    }
  });
});

describe('the message catalogue', () => {
  it.each(Object.entries(MESSAGE_CATALOGUE))('%s: cited article exists; ja and en carry the same placeholders', (code, entry) => {
    expect(code).toMatch(/^[A-Z_]+\.[A-Z0-9_]+$/);
    expect(articleExists(entry.article)).toBe(true);
    expect(entry.ja.length).toBeGreaterThan(0);
    expect(entry.en.length).toBeGreaterThan(0);
    expect(placeholders(entry.ja)).toEqual(placeholders(entry.en));
  });

  it('every code is used by some rule or named as an API error', () => {
    const used = new Set(RULE_CATALOGUE.flatMap((r) => r.codes));
    const unused = Object.keys(MESSAGE_CATALOGUE).filter((c) => !used.has(c as never) && !c.startsWith('API.'));
    expect(unused).toEqual([]);
  });
});
