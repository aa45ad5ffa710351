import { catalogueEntry, localize, type ArticleRef, type LocalizedText, type MessageCode, type MessageParams, type Violation } from '@juki/policies';

/**
 * A refusal by the domain: a catalogue code (with the article it enforces and ja/en text) and the
 * violations behind it. Use cases throw it; the API maps it to a coded GraphQL error.
 */
export class DomainError extends Error {
  readonly article: ArticleRef;
  readonly text: LocalizedText;

  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams = {},
    readonly violations: readonly Violation[] = [],
  ) {
    const text = localize(code, params);
    super(text.en);
    this.name = 'DomainError';
    this.article = catalogueEntry(code).article;
    this.text = text;
  }

  /** Refuses with the first violation's code and carries all of them. */
  static fromViolations(violations: readonly Violation[]): DomainError {
    const first = violations[0];
    if (!first) throw new RangeError('DomainError.fromViolations needs at least one violation');
    return new DomainError(first.code, first.params, violations);
  }
}
