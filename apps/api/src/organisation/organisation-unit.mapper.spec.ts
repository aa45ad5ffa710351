import { OrganisationUnitEntity } from '@juki/domain';
import { accessForRoles, NO_ACCESS } from '../graphql/authorization/field-access';
import { fromGlobalId } from '../graphql/relay/global-id';
import { toOrganisationUnitType } from './organisation-unit.mapper';

function unit(): OrganisationUnitEntity {
  return Object.assign(new OrganisationUnitEntity(), {
    id: '0b9c6e4e-3f0a-4b53-9c7e-2d3c1f0a9b11',
    code: 'mihama-shimin',
    name: '美浜区役所市民総合窓口課',
    nameEn: 'Mihama Ward Citizens Services Division',
    kind: 'WARD_SECTION',
    parentId: '7d1f5b0e-1111-4b53-9c7e-2d3c1f0a9b11',
    usesJukiNet: true,
    version: 3,
  });
}

describe('toOrganisationUnitType', () => {
  it('copies the fields the matrix lets the roles read, with a global id', () => {
    const mapped = toOrganisationUnitType(unit(), accessForRoles('OrganisationUnit', ['HANDLER']));
    expect(mapped).toMatchObject({ code: 'mihama-shimin', name: '美浜区役所市民総合窓口課', nameEn: 'Mihama Ward Citizens Services Division', kind: 'WARD_SECTION', usesJukiNet: true });
    expect(fromGlobalId(mapped.id as string)).toEqual({ type: 'OrganisationUnit', id: unit().id });
    expect(mapped.parentRowId).toBe(unit().parentId);
    expect(mapped.childrenOf).toBe(unit().id);
  });

  it('whitelists: nothing that is not a field of the type leaves (no version, no entity)', () => {
    const mapped = toOrganisationUnitType(unit(), accessForRoles('OrganisationUnit', ['SYSTEM_OFFICER']));
    expect(Object.keys(mapped).sort()).toEqual(['childrenOf', 'code', 'id', 'kind', 'name', 'nameEn', 'parentRowId', 'prefetched', 'usesJukiNet']);
  });

  it('shows nothing and follows no relation without access', () => {
    const mapped = toOrganisationUnitType(unit(), NO_ACCESS);
    expect(mapped).toMatchObject({ id: null, code: null, name: null, nameEn: null, kind: null, usesJukiNet: null, parentRowId: null, childrenOf: null });
  });

  it('masks text without deriving anything from the value', () => {
    const mapped = toOrganisationUnitType(unit(), { code: 'MASKED', usesJukiNet: 'MASKED' });
    expect(mapped.code).toBe('＊＊＊＊');
    expect(mapped.usesJukiNet).toBeNull();
  });
});
