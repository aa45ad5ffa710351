import { OrganisationUnitEntity } from '@juki/domain';
import type { OrganisationUnitKind } from '@juki/policies';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface FixtureUnit {
  readonly id: string;
  readonly code: string;
  readonly parentId: string | null;
}

/**
 * Inserts a bureau `code` with `departments` departments under it, each with `divisions(i)` divisions:
 * test data of known shape for pagination and the statement counts. Codes sort in insertion order.
 */
export async function insertUnitTree(
  dataSource: DataSource,
  code: string,
  departments: number,
  divisions: (department: number) => number,
): Promise<{ readonly root: FixtureUnit; readonly departments: readonly FixtureUnit[]; readonly divisions: readonly FixtureUnit[] }> {
  const rows: OrganisationUnitEntity[] = [];
  const unit = (unitCode: string, kind: OrganisationUnitKind, parentId: string | null, usesJukiNet: boolean): OrganisationUnitEntity => {
    const entity = Object.assign(new OrganisationUnitEntity(), {
      id: randomUUID(),
      code: unitCode,
      name: `テスト組織 ${unitCode}`,
      nameEn: `Test unit ${unitCode}`,
      kind,
      parentId,
      usesJukiNet,
      version: 1,
    });
    rows.push(entity);
    return entity;
  };
  const root = unit(code, 'BUREAU', null, false);
  const deps: OrganisationUnitEntity[] = [];
  const divs: OrganisationUnitEntity[] = [];
  for (let d = 0; d < departments; d++) {
    const dep = unit(`${code}-${String(d).padStart(3, '0')}`, 'DEPARTMENT', root.id, false);
    deps.push(dep);
    for (let v = 0; v < divisions(d); v++) divs.push(unit(`${dep.code}-${String(v).padStart(3, '0')}`, 'DIVISION', dep.id, v % 2 === 0));
  }
  // Read the ids BEFORE inserting: TypeORM 1.1.1 on better-sqlite3 writes the rows right but, for a
  // multi-row insert of an entity with a version column, hands the generated ids back to the entity
  // objects in another order (the objects' ids get swapped; the table is correct).
  const plain = (e: OrganisationUnitEntity): FixtureUnit => ({ id: e.id, code: e.code, parentId: e.parentId });
  const fixture = { root: plain(root), departments: deps.map(plain), divisions: divs.map(plain) };
  const repository = dataSource.getRepository(OrganisationUnitEntity);
  for (let i = 0; i < rows.length; i += 200) await repository.insert(rows.slice(i, i + 200).map((e) => ({ ...e })));
  return fixture;
}
