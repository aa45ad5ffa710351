import { isSection, validateOrganisation, type OrganisationUnitData } from '@juki/policies';
import { DomainError } from '../shared/domain-error';

/**
 * The organisation of 第2条第2項 as a validated tree: which sections sit under which ward or bureau.
 * Section-scoped roles (第5条, 第8条) reach the rows of their own sections; this answers "which".
 */
export class OrganisationTree {
  private readonly byCode: ReadonlyMap<string, OrganisationUnitData>;
  private readonly children: ReadonlyMap<string, readonly string[]>;

  private constructor(units: readonly OrganisationUnitData[]) {
    this.byCode = new Map(units.map((u) => [u.code, u]));
    const children = new Map<string, string[]>();
    for (const u of units) {
      if (u.parentCode === null) continue;
      const list = children.get(u.parentCode) ?? [];
      list.push(u.code);
      children.set(u.parentCode, list);
    }
    this.children = children;
  }

  /** Builds the tree, refusing an invalid organisation with every violation attached. */
  static create(units: readonly OrganisationUnitData[]): OrganisationTree {
    const check = validateOrganisation(units);
    if (!check.ok) throw DomainError.fromViolations(check.violations);
    return new OrganisationTree(units);
  }

  unit(code: string): OrganisationUnitData | undefined {
    return this.byCode.get(code);
  }

  /** The chain from the unit up to its root, the unit first. */
  ancestry(code: string): readonly OrganisationUnitData[] {
    const chain: OrganisationUnitData[] = [];
    let cursor = this.byCode.get(code);
    while (cursor) {
      chain.push(cursor);
      cursor = cursor.parentCode === null ? undefined : this.byCode.get(cursor.parentCode);
    }
    return chain;
  }

  /** The ward office a unit belongs to, if any (wards are the parents of their sections). */
  wardOf(code: string): OrganisationUnitData | undefined {
    return this.ancestry(code).find((u) => u.kind === 'WARD_OFFICE');
  }

  /** Every section (課) at or below `code` that uses Juki-Net. */
  jukiNetSectionsUnder(code: string): readonly OrganisationUnitData[] {
    const out: OrganisationUnitData[] = [];
    const stack = [code];
    while (stack.length > 0) {
      const current = stack.pop() as string;
      const u = this.byCode.get(current);
      if (u && isSection(u.kind) && u.usesJukiNet) out.push(u);
      stack.push(...(this.children.get(current) ?? []));
    }
    return out.sort((a, b) => a.code.localeCompare(b.code));
  }
}
