import { renderToStaticMarkup } from 'react-dom/server';
import { RULE_CATALOGUE, type RuleDefinition } from '@juki/policies';
import { RuleCatalogueView } from './RuleCatalogueView';

/** React's escaping of text and attribute values, to look for catalogue texts in the markup. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

describe('RuleCatalogueView', () => {
  it('has rules to show', () => {
    expect(RULE_CATALOGUE.length).toBeGreaterThan(0);
  });

  it.each(['ja', 'en'] as const)('lists every rule of @juki/policies with its article, title and description (%s)', (locale) => {
    const html = renderToStaticMarkup(<RuleCatalogueView locale={locale} />);
    for (const rule of RULE_CATALOGUE) {
      const row = new RegExp(`<tr data-rule-id="${rule.id.replace(/\./g, '\\.')}">(.*?)</tr>`).exec(html)?.[1];
      expect(row).toBeDefined();
      expect(row).toContain(`<th scope="row" lang="ja" class="rule-table__article">${escapeHtml(rule.article)}</th>`);
      expect(row).toContain(`<td>${escapeHtml(rule.title[locale])}</td>`);
      expect(row).toContain(`<td>${escapeHtml(rule.description[locale])}</td>`);
    }
  });

  it('keeps the catalogue order (article order)', () => {
    const html = renderToStaticMarkup(<RuleCatalogueView locale="ja" />);
    const shown = [...html.matchAll(/data-rule-id="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(RULE_CATALOGUE.map((r) => r.id));
  });

  it('labels the table: heading, count caption and column headers', () => {
    const ja = renderToStaticMarkup(<RuleCatalogueView locale="ja" />);
    expect(ja).toMatch(/<h2 id="([^"]+)">規則一覧<\/h2>/);
    expect(ja).toContain(`<caption>全${RULE_CATALOGUE.length}件</caption>`);
    expect(ja).toContain('<th scope="col">条項</th><th scope="col" class="rule-table__title">規則</th><th scope="col">内容</th>');
    const en = renderToStaticMarkup(<RuleCatalogueView locale="en" />);
    expect(en).toContain(`<caption>${RULE_CATALOGUE.length} in total</caption>`);
    expect(en).toContain('<th scope="col">Article</th><th scope="col" class="rule-table__title">Rule</th><th scope="col">Description</th>');
  });

  it('makes the scrollable table region reachable by keyboard and named by the heading', () => {
    const html = renderToStaticMarkup(<RuleCatalogueView locale="ja" />);
    const headingId = /<h2 id="([^"]+)">/.exec(html)?.[1];
    expect(headingId).toBeDefined();
    expect(html).toContain(`<div class="table-scroll" role="region" aria-labelledby="${headingId}" tabindex="0">`);
  });

  it('says so when there are no rules instead of showing an empty table', () => {
    const none: readonly RuleDefinition[] = [];
    const html = renderToStaticMarkup(<RuleCatalogueView locale="ja" rules={none} />);
    expect(html).toContain('登録されている規則はありません。');
    expect(html).not.toContain('<table');
  });
});
