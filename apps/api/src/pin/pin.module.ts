import { PinGuidanceRecordEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { PIN_GUIDANCE_RECORD } from './pin-guidance-record.mapper';
import { loadPinGuidanceRecord, PinGuidanceResolver } from './pin-guidance.resolver';

/** The 第10条の4 guidance at each resident-card issuance (the PIN check itself is `checkPin`, in policies/). */
export const PIN_MODULE: ApiModule = {
  name: 'pin',
  entities: [PinGuidanceRecordEntity],
  resolvers: [PinGuidanceResolver],
  nodes: [{ typeName: PIN_GUIDANCE_RECORD, load: (context, id) => loadPinGuidanceRecord(context, id) }],
};
