import { isSection, validateOrganisation, type OrganisationUnitData } from './organisation.rule';

const unit = (code: string, kind: OrganisationUnitData['kind'], parentCode: string | null, usesJukiNet = false): OrganisationUnitData => ({
  code,
  name: code,
  kind,
  parentCode,
  usesJukiNet,
});

const CHIBA_SAMPLE: OrganisationUnitData[] = [
  unit('shimin', 'BUREAU', null),
  unit('shimin-bu', 'DEPARTMENT', 'shimin'),
  unit('kusei', 'DIVISION', 'shimin-bu', true),
  unit('chuo', 'WARD_OFFICE', null),
  unit('chuo-madoguchi', 'WARD_SECTION', 'chuo', true),
  unit('chuo-kaikei', 'WARD_ACCOUNTING_OFFICE', 'chuo'),
  unit('midori', 'WARD_OFFICE', null),
  unit('midori-toke', 'CITIZEN_CENTRE', 'midori', true),
  unit('kaikei', 'ACCOUNTING_OFFICE', null),
];

describe('art2.sectionDefinition (第2条第2項)', () => {
  it('accepts the shape of Chiba’s organisation', () => {
    expect(validateOrganisation(CHIBA_SAMPLE)).toEqual({ ok: true, violations: [] });
  });

  it.each([
    ['DIVISION', true],
    ['CITIZEN_CENTRE', true],
    ['WARD_ACCOUNTING_OFFICE', true],
    ['CHILD_CONSULTATION_CENTRE', true],
    ['BUREAU', false],
    ['WARD_OFFICE', false],
    ['DEPARTMENT', false],
  ] as const)('%s is a section: %s', (kind, expected) => {
    expect(isSection(kind)).toBe(expected);
  });

  it('names every problem', () => {
    const r = validateOrganisation([
      ...CHIBA_SAMPLE,
      unit('kusei', 'DIVISION', 'shimin-bu'),
      unit('orphan', 'WARD_SECTION', 'nowhere'),
      unit('misplaced', 'CITIZEN_CENTRE', 'shimin'),
      unit('bureau-using', 'BUREAU', null, true),
      unit('loop-a', 'DEPARTMENT', 'loop-b'),
      unit('loop-b', 'DEPARTMENT', 'loop-a'),
    ]);
    const codes = r.violations.map((v) => v.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'ORGANISATION.DUPLICATE_CODE',
        'ORGANISATION.UNKNOWN_PARENT',
        'ORGANISATION.PARENT_KIND',
        'ORGANISATION.NOT_A_SECTION',
        'ORGANISATION.CYCLE',
      ]),
    );
    expect(r.violations.find((v) => v.code === 'ORGANISATION.NOT_A_SECTION')?.article).toBe('第5条第1項');
  });
});
