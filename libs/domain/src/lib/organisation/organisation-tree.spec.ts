import type { OrganisationUnitData } from '@juki/policies';
import { DomainError } from '../shared/domain-error';
import { OrganisationTree } from './organisation-tree';

const u = (code: string, kind: OrganisationUnitData['kind'], parentCode: string | null, usesJukiNet = false): OrganisationUnitData => ({
  code,
  name: code,
  kind,
  parentCode,
  usesJukiNet,
});

const units = [
  u('shimin', 'BUREAU', null),
  u('shimin-bu', 'DEPARTMENT', 'shimin'),
  u('kusei', 'DIVISION', 'shimin-bu', true),
  u('midori', 'WARD_OFFICE', null),
  u('midori-madoguchi', 'WARD_SECTION', 'midori', true),
  u('midori-chiiki', 'WARD_SECTION', 'midori'),
  u('midori-toke', 'CITIZEN_CENTRE', 'midori', true),
];

describe('OrganisationTree (第2条第2項)', () => {
  const tree = OrganisationTree.create(units);

  it('knows the ward of a citizen centre and of a ward section', () => {
    expect(tree.wardOf('midori-toke')?.code).toBe('midori');
    expect(tree.wardOf('midori-madoguchi')?.code).toBe('midori');
    expect(tree.wardOf('kusei')).toBeUndefined();
  });

  it('lists only the Juki-Net sections under a unit', () => {
    expect(tree.jukiNetSectionsUnder('midori').map((x) => x.code)).toEqual(['midori-madoguchi', 'midori-toke']);
    expect(tree.jukiNetSectionsUnder('shimin').map((x) => x.code)).toEqual(['kusei']);
  });

  it('walks the ancestry from the unit to its root', () => {
    expect(tree.ancestry('kusei').map((x) => x.code)).toEqual(['kusei', 'shimin-bu', 'shimin']);
  });

  it('refuses an invalid organisation with a coded error citing 第2条第2項 and every violation', () => {
    let error: unknown;
    try {
      OrganisationTree.create([...units, u('x', 'CITIZEN_CENTRE', 'shimin'), u('y', 'WARD_SECTION', 'nowhere')]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const de = error as DomainError;
    expect(de.code).toBe('ORGANISATION.PARENT_KIND');
    expect(de.article).toBe('第2条第2項');
    expect(de.text.ja).toContain('x');
    expect(de.violations.map((v) => v.code)).toEqual(['ORGANISATION.PARENT_KIND', 'ORGANISATION.UNKNOWN_PARENT']);
  });
});
