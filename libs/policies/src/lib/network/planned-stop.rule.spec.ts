import fc from 'fast-check';
import { addDays } from '../calendar/calendar-date';
import { checkPlannedStopNotice, type NetworkStopInput } from './planned-stop.rule';

const maintenance: NetworkStopInput = {
  reason: 'MAINTENANCE',
  stopOn: '2026-12-20',
  noticeOn: '2026-12-01',
  notifiedSecurityOfficers: true,
  notifiedDesignatedAgency: true,
};

describe('art17.plannedStopNotice (第17条第3項第2号)', () => {
  it.each([
    ['19 days ahead to both', {}, []],
    ['exactly 14 days ahead', { noticeOn: '2026-12-06' }, []],
    ['13 days ahead', { noticeOn: '2026-12-07' }, ['NETWORK.NOTICE_TOO_LATE']],
    ['the agency not notified', { notifiedDesignatedAgency: false }, ['NETWORK.NOT_NOTIFIED']],
    [
      'nobody notified at all',
      { noticeOn: undefined, notifiedSecurityOfficers: false, notifiedDesignatedAgency: false },
      ['NETWORK.NOT_NOTIFIED', 'NETWORK.NOT_NOTIFIED'],
    ],
    ['notice dated after the stop', { noticeOn: '2026-12-21' }, ['NETWORK.NOTICE_AFTER_STOP']],
    ['a disaster stop without notice (ただし書)', { reason: 'DISASTER', noticeOn: undefined, notifiedSecurityOfficers: false, notifiedDesignatedAgency: false }, []],
    ['a power-outage stop without notice (ただし書)', { reason: 'POWER_OUTAGE', notifiedDesignatedAgency: false }, []],
  ] as const)('%s', (_case, change, codes) => {
    expect(checkPlannedStopNotice({ ...maintenance, ...change } as NetworkStopInput).violations.map((v) => v.code)).toEqual(codes);
  });

  it('property: a maintenance stop notified to both at least the required days ahead always passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 14, max: 400 }), (lead) => checkPlannedStopNotice({ ...maintenance, noticeOn: addDays(maintenance.stopOn, -lead) }).ok),
    );
  });
});
