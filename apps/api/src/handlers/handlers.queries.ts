import { ACTIVE_SLOT, HandlerDesignationEntity, HandlingPrecautionsEntity, PrecautionAcknowledgementEntity } from '@juki/domain';
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { requestScope, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import type { KeysetOrder } from '../graphql/connections/keyset-pagination';
import { dataSourceOf } from '../graphql/request-data-source';
import type { ApiContext } from '../graphql/api-context';
import { HANDLER_DESIGNATION, HANDLING_PRECAUTIONS, PRECAUTION_ACKNOWLEDGEMENT } from './handlers.mappers';

/** The designations the caller may read (row filter IN the SQL: city-wide, own section, or one's own). */
export function readableDesignations(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<HandlerDesignationEntity> {
  const query = dataSource.getRepository(HandlerDesignationEntity).createQueryBuilder('designation');
  return applyRowFilter(query, scope.rowFilter(HANDLER_DESIGNATION), { section: 'designation.section_id', staff: 'designation.staff_id' });
}

/** The precaution versions the caller may read (city-wide or own section). */
export function readablePrecautions(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<HandlingPrecautionsEntity> {
  const query = dataSource.getRepository(HandlingPrecautionsEntity).createQueryBuilder('precautions');
  return applyRowFilter(query, scope.rowFilter(HANDLING_PRECAUTIONS), { section: 'precautions.section_id' });
}

/** The acknowledgements the caller may read (city-wide, own section, or one's own). */
export function readableAcknowledgements(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<PrecautionAcknowledgementEntity> {
  const query = dataSource.getRepository(PrecautionAcknowledgementEntity).createQueryBuilder('ack');
  return applyRowFilter(query, scope.rowFilter(PRECAUTION_ACKNOWLEDGEMENT), { section: 'ack.section_id', staff: 'ack.staff_id' });
}

/** Filters of the handler ledger (a section; in force or revoked). */
export interface DesignationFilters {
  /** A section's row id; null = an id that names no section (no row). */
  readonly sectionId?: string | null;
  readonly inForce?: boolean | null;
}

export function filterDesignations(query: SelectQueryBuilder<HandlerDesignationEntity>, filters: DesignationFilters): SelectQueryBuilder<HandlerDesignationEntity> {
  if (filters.sectionId === null) query.andWhere('1 = 0');
  else if (filters.sectionId !== undefined) query.andWhere('designation.sectionId = :filterSection', { filterSection: filters.sectionId });
  if (filters.inForce === true) query.andWhere('designation.activeSlot = :activeSlot', { activeSlot: ACTIVE_SLOT });
  if (filters.inForce === false) query.andWhere('designation.activeSlot IS NULL');
  return query;
}

/**
 * 第9条第2項: designations in force whose section has a current version of the precautions that the handler
 * has not acknowledged (never, or only an earlier version).
 */
export function notAcknowledged(query: SelectQueryBuilder<HandlerDesignationEntity>): SelectQueryBuilder<HandlerDesignationEntity> {
  return query
    .andWhere('designation.activeSlot = :activeSlot', { activeSlot: ACTIVE_SLOT })
    .andWhere('EXISTS (SELECT 1 FROM handling_precautions cur WHERE cur.section_id = designation.section_id AND cur.superseded_at IS NULL)')
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM precaution_acknowledgement ack INNER JOIN handling_precautions acked ON acked.id = ack.precautions_id ' +
        'WHERE acked.section_id = designation.section_id AND acked.superseded_at IS NULL AND ack.staff_id = designation.staff_id)',
    );
}

/** The ledger's order: by section, then date of designation, then id. */
export const DESIGNATION_ORDER: KeysetOrder<HandlerDesignationEntity> = {
  columns: ['designation.sectionId', 'designation.designatedOn', 'designation.id'],
  values: (d) => [d.sectionId, d.designatedOn, d.id],
};

/** By section, then version, then id. */
export const PRECAUTIONS_ORDER: KeysetOrder<HandlingPrecautionsEntity> = {
  columns: ['precautions.sectionId', 'precautions.documentVersion', 'precautions.id'],
  values: (p) => [p.sectionId, p.documentVersion, p.id],
};

/** By section, then version acknowledged, then id. */
export const ACKNOWLEDGEMENT_ORDER: KeysetOrder<PrecautionAcknowledgementEntity> = {
  columns: ['ack.sectionId', 'ack.documentVersion', 'ack.id'],
  values: (a) => [a.sectionId, a.documentVersion, a.id],
};

/** One DataLoader per request and row filter: rows by id, `WHERE id IN (…)` once per level. */
function byIdLoader<T extends ObjectLiteral & { id: string }>(
  context: ApiContext,
  type: string,
  alias: string,
  readable: (dataSource: DataSource, scope: RequestScope) => SelectQueryBuilder<T>,
): DataLoader<string, T | null> {
  const scope = requestScope(context);
  return scope.loader(`${type}.byId|${scope.rowFilterKey(type)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await readable(dataSource, scope).andWhere(`${alias}.id IN (:...ids)`, { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}

export const designationByIdLoader = (context: ApiContext) => byIdLoader(context, HANDLER_DESIGNATION, 'designation', readableDesignations);
export const precautionsByIdLoader = (context: ApiContext) => byIdLoader(context, HANDLING_PRECAUTIONS, 'precautions', readablePrecautions);
export const acknowledgementByIdLoader = (context: ApiContext) => byIdLoader(context, PRECAUTION_ACKNOWLEDGEMENT, 'ack', readableAcknowledgements);
