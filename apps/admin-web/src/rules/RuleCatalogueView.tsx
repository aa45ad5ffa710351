import { useId } from 'react';
import { GUIDELINES_TITLE, RULE_CATALOGUE, type Locale, type RuleDefinition } from '@juki/policies';
import { uiText } from '../i18n/ui-messages';

export interface RuleCatalogueViewProps {
  readonly locale: Locale;
  /** The rules to list; the whole @juki/policies catalogue unless given. */
  readonly rules?: readonly RuleDefinition[];
}

/** The rules juki-sec enforces, in article order, each with its citation of the guidelines. */
export function RuleCatalogueView({ locale, rules = RULE_CATALOGUE }: RuleCatalogueViewProps) {
  const headingId = useId();
  return (
    <section className="rule-catalogue" aria-labelledby={headingId}>
      <h2 id={headingId}>{uiText(locale, 'rulesHeading')}</h2>
      <p className="rule-catalogue__intro">{uiText(locale, 'rulesIntro', { guidelines: GUIDELINES_TITLE })}</p>
      {rules.length === 0 ? (
        <p className="rule-catalogue__empty">{uiText(locale, 'rulesEmpty')}</p>
      ) : (
        // A focusable region so that keyboard users can scroll a table wider than the screen.
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="rule-table">
            <caption>{uiText(locale, 'rulesCount', { count: rules.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{uiText(locale, 'columnArticle')}</th>
                <th scope="col" className="rule-table__title">
                  {uiText(locale, 'columnTitle')}
                </th>
                <th scope="col">{uiText(locale, 'columnDescription')}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => (
                <tr key={rule.id} data-rule-id={rule.id}>
                  {/* Citations are written as the guidelines write them, in Japanese, in both languages. */}
                  <th scope="row" lang="ja" className="rule-table__article">
                    {rule.article}
                  </th>
                  <td>{rule.title[locale]}</td>
                  <td>{rule.description[locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
