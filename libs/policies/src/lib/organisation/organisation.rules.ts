import type { RuleDefinition } from '../core/rule-definition';

export const ORGANISATION_RULES: readonly RuleDefinition[] = [
  {
    id: 'art2.sectionDefinition',
    article: '第2条第2項',
    title: { ja: '「課」の定義と組織の構成', en: 'What a section (課) is, and the organisation tree' },
    description: {
      ja: '課・室・事業所・区役所の課・市民センター・保健所の課・児童相談所・会計室・区役所会計室を「課」とする。組織は種別を持つ単位の木で、区は区役所の課と市民センターの上位となる。住基ネットを利用するのは「課」に限る。',
      en: 'Divisions, offices, establishments, ward-office sections, citizen centres, health-centre sections, the child consultation centre and the (ward) accounting offices are sections. The organisation is a tree of typed units with wards above their sections and citizen centres; only sections use Juki-Net.',
    },
    parameters: [],
    codes: ['ORGANISATION.DUPLICATE_CODE', 'ORGANISATION.UNKNOWN_PARENT', 'ORGANISATION.PARENT_KIND', 'ORGANISATION.NOT_A_SECTION', 'ORGANISATION.CYCLE'],
  },
];
