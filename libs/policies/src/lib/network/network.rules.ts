import type { RuleDefinition } from '../core/rule-definition';

export const NETWORK_RULES: readonly RuleDefinition[] = [
  {
    id: 'art17.plannedStopNotice',
    article: '第17条第3項第2号',
    title: { ja: 'ネットワーク計画停止の事前通知', en: 'Advance notice of planned network stops' },
    description: {
      ja: '保守等でネットワークを停止するときは、あらかじめ情報セキュリティ責任者及び指定情報処理機関に通知する。災害・停電等で時間が無いときは除く。',
      en: 'A maintenance stop is notified in advance to the security officers and the designated agency; disasters and power outages that leave no time are exempt.',
    },
    parameters: ['network.plannedStopNoticeDays'],
    codes: ['NETWORK.NOT_NOTIFIED', 'NETWORK.NOTICE_TOO_LATE', 'NETWORK.NOTICE_AFTER_STOP'],
  },
];
