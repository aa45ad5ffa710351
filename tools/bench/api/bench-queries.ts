/** The operations the API bench sends to both servers (the same text, so the same document-cache behaviour). */
export interface BenchQuery {
  readonly name: string;
  readonly query: string;
  /** Checks the shape of the (already equal) answers, e.g. that the page is full. */
  readonly check: (data: unknown) => string | null;
}

/** `me`: one's own session (who, section, roles, role grants). */
export const ME_QUERY: BenchQuery = {
  name: 'me',
  query:
    'query BenchMe { me { id staffId employeeNumber name nameKana title sectionId sectionName roles ' +
    'grants { id role sectionId sectionName effectiveFrom effectiveTo } } }',
  check: (data) => {
    const me = (data as { me?: { roles?: unknown } }).me;
    return Array.isArray(me?.roles) && me.roles.includes('SECURITY_OFFICER') ? null : 'me is not a security officer';
  },
};

/**
 * A 100-item connection with two nested relations: the officer's section's operator ID cards (第20条第2項),
 * each with its holder (Staff) and the holder's section (OrganisationUnit). The card number is masked for
 * a security officer (permission matrix).
 */
export const CARDS_QUERY: BenchQuery = {
  name: 'operatorIdCards(first: 100) + holder + holder.section',
  query:
    'query BenchCards { operatorIdCards(first: 100) { edges { node { id cardNumber status issuedAt ' +
    'holder { id employeeNumber name section { id code name } } } } pageInfo { hasNextPage hasPreviousPage } } }',
  check: (data) => {
    const connection = (data as { operatorIdCards?: { edges?: { node?: { holder?: { section?: unknown } } }[] } }).operatorIdCards;
    const edges = connection?.edges ?? [];
    if (edges.length !== 100) return `expected 100 cards, got ${edges.length}`;
    if (!edges.every((e) => e.node?.holder?.section)) return 'a card came without its holder or section';
    return null;
  },
};

export const BENCH_QUERIES: readonly BenchQuery[] = [ME_QUERY, CARDS_QUERY];

/** The first path where two JSON values differ, or null when they are equal (key order included). */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${at}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items ≠ ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join(',') !== kb.join(',')) return `${at}: keys ${ka.join(',')} ≠ ${kb.join(',')}`;
    for (const k of ka) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
