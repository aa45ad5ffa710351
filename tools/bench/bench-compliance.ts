/**
 * Benchmark of the compliance report (issue 6) — not a test, no assertion on time.
 *
 *   npm run bench:compliance                     # 1,000,000 form and card records, 200,000 operator ID cards
 *   npm run bench:compliance -- --ledger=200000  # smaller
 *   options: --ledger=N (forms + resident cards) --cards=N (operator ID cards) --sections=N --events=N
 *            --rounds=N --keep (do not drop the database) --buffer-pool-mb=N (innodb_buffer_pool_size for the
 *            run, default 2048 MiB, restored afterwards; 0 = leave the server's as it is)
 *            --reuse=juki_bench_<hex> (measure again on a database a `--keep` run left: no fill, kept again)
 *
 * 1. Creates a fresh MariaDB database `juki_bench_<random>` (root, 127.0.0.1:3306 or the socket; dropped at
 *    the end) and applies every migration.
 * 2. Fills the tables the report's checks read, in multi-row INSERTs: `--sections` sections, staff (half as
 *    many as cards; 2 % retired or moved), two operator ID cards per person (an old RETURNED one and the
 *    current one; some lost, some of leavers still out), a credential per person (some expired, some locked),
 *    and `--events` audit events through the real `appendAuditEvents` (the chain the report verifies).
 *    Ledger tables that checks read are filled by the FILLERS below when the table exists (today: the
 *    handler ledger of 第8条・第9条, the printed-form ledger of 第10条 and the resident cards of 第10条の2・第10条の3:
 *    `--ledger` rows, half output records, half cards); a check added over a new table adds its filler.
 * 3. Runs the full report (every check, 20 offenders each) as a city-wide role (the system officer) and as
 *    a section-scoped one (a security officer of one section), each `--rounds` times after a warm-up, and
 *    the baseline in the same run: one `COUNT(*)` over each of the same tables (operator cards, credentials
 *    and handler designations joined to staff; form outputs; resident cards).
 *    Prints the medians and the ratio report / baseline. The row scope is the API's own (`rowFilterFor` →
 *    `rowFilterSql`), the report the API's own (`evaluateComplianceReport`); only GraphQL is left out.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import * as os from 'node:os';
import type { DataSource } from 'typeorm';
import {
  appendAuditEvents,
  AuditChainHeadEntity,
  AuditCheckpointEntity,
  AuditEventEntity,
  AuditLegalHoldEntity,
  evaluateComplianceReport,
  rowFilterFor,
  type AuditEventInput,
  type Principal,
  type RowFilter,
} from '@juki/domain';
import { COMPLIANCE_CHECKS, jstDate } from '@juki/policies';
// scope:tools may use the API's own database helpers (the same DataSource, migrations and row-filter SQL).
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { createDataSource } from '../../apps/api/src/database/create-data-source';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { parseDatabaseUrl } from '../../apps/api/src/database/database-config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { migrateToLatest } from '../../apps/api/src/database/migrate';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { withTransaction } from '../../apps/api/src/database/with-transaction';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { rowFilterSql } from '../../apps/api/src/graphql/authorization/row-filter.sql';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { connectAdmin } from '../../apps/api/src/testing/mariadb-admin';

function option(name: string, fallback: number): number {
  const prefix = `--${name}=`;
  const value = process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
  return value === undefined ? fallback : Number(value);
}
const SETTINGS = {
  cards: option('cards', 200_000),
  /** Printed-form output records + resident cards (half each): the 1,000,000 form and card records. */
  ledger: option('ledger', 1_000_000),
  sections: option('sections', 60),
  events: option('events', 20_000),
  rounds: option('rounds', 5),
  /** innodb_buffer_pool_size (MiB) for the run, restored afterwards; 0 keeps the server's. */
  bufferPoolMb: option('buffer-pool-mb', 2048),
  keep: process.argv.includes('--keep') || process.argv.some((a) => a.startsWith('--reuse=')),
  /** A database a `--keep` run left (`juki_bench_<hex>`): measured again without filling it. */
  reuse: process.argv.find((a) => a.startsWith('--reuse='))?.slice('--reuse='.length),
};
const BATCH = 2_000;
const NOW = new Date();
const DAY = 86_400_000;
const log = (text: string): void => void process.stdout.write(text + '\n');

/** `YYYY-MM-DD HH:MM:SS.mmm` (UTC), as both databases store datetime(3). */
const sqlTime = (d: Date): string => d.toISOString().replace('T', ' ').slice(0, 23);

async function insertRows(dataSource: DataSource, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const placeholders = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await dataSource.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders}`, chunk.flat());
  }
}

/** Fills a ledger table that a check reads, when the table exists (a new check over a new ledger adds one). */
type Filler = (dataSource: DataSource, context: { readonly sectionIds: readonly string[]; readonly staffIds: readonly string[] }) => Promise<number>;
/** One storage place per section for the ledgers (forms and resident cards share them). */
let placesOfSections: string[] | null = null;
async function ledgerPlaces(dataSource: DataSource, sectionIds: readonly string[], staffIds: readonly string[]): Promise<string[]> {
  if (placesOfSections) return placesOfSections;
  const places = sectionIds.map(() => randomUUID());
  placesOfSections = places;
  await insertRows(
    dataSource,
    'storage_place',
    ['id', 'section_id', 'name', 'location', 'lockable', 'created_by_id', 'created_at', 'version'],
    sectionIds.map((section, i) => [places[i], section, 'ベンチ金庫', '窓口', 1, staffIds[i], sqlTime(NOW), 1]),
  );
  return places;
}

const FILLERS: Readonly<Record<string, Filler>> = {
  // 第10条: `--ledger` / 2 output records, each stored; one in 200 past its keeping period and still kept.
  printed_form_output: async (dataSource, { sectionIds, staffIds }) => {
    const places = await ledgerPlaces(dataSource, sectionIds, staffIds);
    const total = Math.floor(SETTINGS.ledger / 2);
    for (let start = 0; start < total; start += 50_000) {
      const outputs: unknown[][] = [];
      const storage: unknown[][] = [];
      const disposals: unknown[][] = [];
      for (let i = start; i < Math.min(total, start + 50_000); i++) {
        const s = i % sectionIds.length;
        const id = randomUUID();
        const old = i % 2 === 0;
        const keepUntil = old ? '2025-03-31' : '2027-03-31';
        outputs.push([id, sectionIds[s], '本人確認情報一覧', old ? '2024-04-10' : '2026-04-10', '照合', '市民課', 2, null, keepUntil, old ? 'DISPOSED' : 'STORED', 2, old ? 2 : 0, staffIds[s], null, sqlTime(NOW), 1]);
        storage.push([randomUUID(), id, sectionIds[s], places[s], 2, '[]', old ? '2024-04-10' : '2026-04-10', staffIds[s], sqlTime(NOW), 1]);
        if (old && i % 200 !== 0) {
          // One in 1,000 does not reconcile (it saw 1 copy stored of 2, none disposed): 第10条第3項 突合.
          disposals.push([randomUUID(), id, 2, '2024-04-10', sectionIds[s], places[s], 2, 'SHREDDING', '2025-04-15', 'ベンチ', 'ベンチ', 2, i % 1000 === 2 ? 1 : 2, 0, staffIds[s], sqlTime(NOW)]);
        }
      }
      await insertRows(
        dataSource,
        'printed_form_output',
        ['id', 'section_id', 'form_name', 'output_date', 'purpose', 'requester', 'quantity', 'notes', 'keep_until', 'status', 'stored_quantity', 'disposed_quantity', 'recorded_by_id', 'recorded_by_api_client_id', 'recorded_at', 'version'],
        outputs,
      );
      await insertRows(dataSource, 'form_storage', ['id', 'output_id', 'section_id', 'place_id', 'quantity', 'breakdown', 'stored_on', 'recorded_by_id', 'recorded_at', 'version'], storage);
      await insertRows(
        dataSource,
        'form_disposal',
        ['id', 'output_id', 'output_quantity', 'output_date', 'section_id', 'place_id', 'quantity', 'method', 'disposed_on', 'performer', 'witness', 'place_quantity_before', 'stored_before', 'disposed_before', 'recorded_by_id', 'recorded_at'],
        disposals,
      );
    }
    await dataSource.query('ANALYZE TABLE printed_form_output, form_storage, form_disposal');
    return total;
  },
  // 第10条の2・第10条の3: `--ledger` / 2 resident cards; one in 10 disposed of (one in 100 of those without the
  // chip destroyed), one in 1,000 awaiting disposal for 60 days, one in 2,000 lost (half reported), and a
  // stock-take per section and state.
  resident_card: async (dataSource, { sectionIds, staffIds }) => {
    const places = await ledgerPlaces(dataSource, sectionIds, staffIds);
    const total = Math.floor(SETTINGS.ledger / 2);
    for (let start = 0; start < total; start += 50_000) {
      const cards: unknown[][] = [];
      const disposals: unknown[][] = [];
      const movements: unknown[][] = [];
      const reports: unknown[][] = [];
      for (let i = start; i < Math.min(total, start + 50_000); i++) {
        const s = i % sectionIds.length;
        const id = randomUUID();
        const disposed = i % 10 === 1;
        const awaiting = i % 1000 === 2;
        const lost = i % 2000 === 3;
        const state = disposed ? 'DISPOSED' : awaiting ? 'AWAITING_DISPOSAL' : lost ? 'LOST' : i % 3 === 0 ? 'PRINTED' : 'BLANK';
        const since = awaiting ? jstDate(new Date(NOW.getTime() - 60 * DAY)) : null;
        cards.push([id, `BR${i}`, sectionIds[s], places[s], state, disposed || awaiting ? 'FACE_PRINT_FAILURE' : null, since, sqlTime(new Date('2025-04-01T00:00:00Z')), 1]);
        if (disposed) {
          disposals.push([randomUUID(), id, sectionIds[s], places[s], 'FACE_PRINT_FAILURE', 'SHREDDING', null, i % 1000 === 1 ? 0 : 1, 'ベンチ', 'ベンチ', '2025-05-01', '2025-05-10', 0, staffIds[s], sqlTime(new Date('2025-05-10T01:00:00Z'))]);
        }
        if (lost) {
          movements.push([randomUUID(), id, sectionIds[s], 'REPORTED_LOST', 'BLANK', 'LOST', places[s], places[s], null, sqlTime(new Date(NOW.getTime() - 20 * DAY)), staffIds[s]]);
          if (i % 4000 === 3) reports.push([randomUUID(), id, sectionIds[s], places[s], 'LOST', sqlTime(new Date(NOW.getTime() - 20 * DAY)), 'ベンチ', staffIds[s], sqlTime(new Date(NOW.getTime() - 20 * DAY)), randomUUID()]);
        }
      }
      await insertRows(dataSource, 'resident_card', ['id', 'serial', 'section_id', 'place_id', 'state', 'disposal_reason', 'awaiting_disposal_since', 'received_at', 'version'], cards);
      await insertRows(
        dataSource,
        'card_disposal',
        ['id', 'card_id', 'section_id', 'place_id', 'reason', 'method', 'method_description', 'ic_chip_destroyed', 'performer', 'witness', 'awaiting_since', 'disposed_on', 'days_late', 'recorded_by_id', 'recorded_at'],
        disposals,
      );
      await insertRows(dataSource, 'card_movement', ['id', 'card_id', 'section_id', 'kind', 'from_state', 'to_state', 'from_place_id', 'to_place_id', 'disposal_reason', 'occurred_at', 'recorded_by_id'], movements);
      await insertRows(dataSource, 'card_loss_report', ['id', 'card_id', 'section_id', 'place_id', 'kind', 'discovered_at', 'circumstances', 'reported_by_id', 'reported_at', 'notification_id'], reports);
    }
    const takes: unknown[][] = [];
    sectionIds.forEach((section, s) => {
      for (const state of ['BLANK', 'PRINTED']) {
        const difference = s % 20 === 0 && state === 'PRINTED' ? -1 : 0;
        takes.push([randomUUID(), section, places[s], state, jstDate(new Date(NOW.getTime() - 7 * DAY)), 100 + difference, 100, difference, staffIds[s], sqlTime(new Date(NOW.getTime() - 7 * DAY))]);
      }
    });
    await insertRows(dataSource, 'card_stock_take', ['id', 'section_id', 'place_id', 'state', 'counted_on', 'counted', 'derived', 'difference', 'recorded_by_id', 'recorded_at'], takes);
    await dataSource.query('ANALYZE TABLE resident_card, card_disposal, card_movement, card_loss_report, card_stock_take');
    return total;
  },
  // 第8条・第9条: every 10th person is a handler (designation + its HANDLER role), designated by the first
  // person of the section (made its security officer); one precautions version per section, acknowledged by
  // nine handlers in ten; one designation in 50 made by someone else (a violation of 第8条).
  handler_designation: async (dataSource, { sectionIds, staffIds }) => {
    const officers = sectionIds.map((_, i) => staffIds[i] as string);
    await insertRows(
      dataSource,
      'role_assignment',
      ['id', 'staff_id', 'role', 'section_id', 'effective_from', 'effective_to', 'applied_by_id', 'approved_by_id', 'version'],
      sectionIds.map((section, i) => [randomUUID(), officers[i], 'SECURITY_OFFICER', section, '2020-04-01', null, null, null, 1]),
    );
    const published = sqlTime(new Date(NOW.getTime() - 200 * DAY));
    const precautions = sectionIds.map((section, i) => [randomUUID(), section, 1, '画面', '整合性', '検索', '保存', '印刷', 'c'.repeat(64), published, officers[i], null]);
    await insertRows(
      dataSource,
      'handling_precautions',
      ['id', 'section_id', 'document_version', 'screen_display', 'integrity', 'search_and_extract', 'storage_on_disk', 'printing', 'content_hash', 'published_at', 'published_by_id', 'superseded_at'],
      precautions,
    );
    let count = 0;
    for (let start = sectionIds.length; start < staffIds.length; start += 100_000) {
      const roles: unknown[][] = [];
      const designations: unknown[][] = [];
      const acknowledgements: unknown[][] = [];
      for (let i = start; i < Math.min(staffIds.length, start + 100_000); i += 10) {
        const s = i % sectionIds.length;
        const role = randomUUID();
        const designation = randomUUID();
        roles.push([role, staffIds[i], 'HANDLER', sectionIds[s], '2021-04-01', null, null, null, 1]);
        const by = i % 500 === 0 ? officers[(s + 1) % officers.length] : officers[s];
        designations.push([designation, staffIds[i], sectionIds[s], role, '主事', '["INQUIRY"]', '2021-04-01', sqlTime(new Date('2021-04-01T00:00:00Z')), by, null, null, null, 'ACTIVE', 1]);
        if (i % 100 !== 0) acknowledgements.push([randomUUID(), precautions[s]?.[0], staffIds[i], designation, sectionIds[s], 1, 'c'.repeat(64), sqlTime(new Date(NOW.getTime() - 100 * DAY))]);
      }
      await insertRows(dataSource, 'role_assignment', ['id', 'staff_id', 'role', 'section_id', 'effective_from', 'effective_to', 'applied_by_id', 'approved_by_id', 'version'], roles);
      await insertRows(
        dataSource,
        'handler_designation',
        ['id', 'staff_id', 'section_id', 'role_assignment_id', 'title', 'permissions', 'designated_on', 'designated_at', 'designated_by_id', 'revoked_on', 'revoked_at', 'revoked_by_id', 'active_slot', 'version'],
        designations,
      );
      await insertRows(
        dataSource,
        'precaution_acknowledgement',
        ['id', 'precautions_id', 'staff_id', 'designation_id', 'section_id', 'document_version', 'content_hash', 'acknowledged_at'],
        acknowledgements,
      );
      count += designations.length;
    }
    await dataSource.query('ANALYZE TABLE role_assignment, handler_designation, handling_precautions, precaution_acknowledgement');
    return count;
  },
};

async function tableExists(dataSource: DataSource, table: string): Promise<boolean> {
  const rows = (await dataSource.query('SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', [table])) as { n: unknown }[];
  return Number(rows[0]?.n ?? 0) > 0;
}

async function fill(dataSource: DataSource): Promise<{ sectionIds: string[]; staffIds: string[] }> {
  const ward = randomUUID();
  await insertRows(dataSource, 'organisation_unit', ['id', 'code', 'name', 'name_en', 'kind', 'parent_id', 'uses_juki_net', 'version'], [[ward, 'bench-ward', 'ベンチ区役所', 'Bench Ward Office', 'WARD_OFFICE', null, 0, 1]]);
  const sectionIds = Array.from({ length: SETTINGS.sections }, () => randomUUID());
  await insertRows(
    dataSource,
    'organisation_unit',
    ['id', 'code', 'name', 'name_en', 'kind', 'parent_id', 'uses_juki_net', 'version'],
    sectionIds.map((id, i) => [id, `bench-section-${i}`, `ベンチ課${i}`, `Bench section ${i}`, 'WARD_SECTION', ward, 1, 1]),
  );
  const people = Math.max(1, Math.floor(SETTINGS.cards / 2));
  const staffIds: string[] = [];
  let t0 = performance.now();
  for (let start = 0; start < people; start += 50_000) {
    const staff: unknown[][] = [];
    const cards: unknown[][] = [];
    const credentials: unknown[][] = [];
    for (let i = start; i < Math.min(people, start + 50_000); i++) {
      const id = randomUUID();
      staffIds.push(id);
      const leaver = i % 50 === 7;
      const section = sectionIds[i % sectionIds.length] as string;
      staff.push([id, `B${i}`, 'ベンチ 職員', 'べんち しょくいん', null, section, '主事', leaver ? (i % 100 === 7 ? 'RETIRED' : 'TRANSFERRED') : 'ACTIVE', leaver ? '2026-01-31' : null, '1980-04-01', 1]);
      const issued = sqlTime(new Date(NOW.getTime() - (400 + (i % 300)) * DAY));
      cards.push([randomUUID(), `BO-${i}`, id, 'RETURNED', issued, sqlTime(new Date(NOW.getTime() - 300 * DAY)), null, null, null, 1]);
      const lost = i % 997 === 3;
      cards.push([
        randomUUID(),
        `BC-${i}`,
        id,
        lost ? 'LOST' : leaver && i % 3 === 0 ? 'ACTIVE' : leaver ? 'RETURNED' : 'ACTIVE',
        sqlTime(new Date(NOW.getTime() - 300 * DAY)),
        leaver && i % 3 !== 0 ? sqlTime(new Date(NOW.getTime() - 10 * DAY)) : null,
        lost ? sqlTime(new Date(NOW.getTime() - 5 * DAY)) : null,
        lost ? 'LOST' : null,
        null,
        1,
      ]);
      const changed = sqlTime(new Date(NOW.getTime() - (i % 120) * DAY));
      const locked = i % 499 === 11 ? sqlTime(new Date(NOW.getTime() - 20 * DAY)) : null;
      credentials.push([id, '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2g$YmVuY2hiZW5jaGJlbmNoYmVuY2g', changed, 0, locked ? 5 : 0, locked, 1]);
    }
    await insertRows(dataSource, 'staff', ['id', 'employee_number', 'name', 'name_kana', 'name_romaji', 'section_id', 'title', 'employment_status', 'employment_status_since', 'birth_date', 'version'], staff);
    await insertRows(dataSource, 'operator_id_card', ['id', 'card_number', 'holder_id', 'status', 'issued_at', 'returned_at', 'lost_reported_at', 'loss_kind', 'revoked_at', 'version'], cards);
    await insertRows(dataSource, 'credential', ['staff_id', 'password_hash', 'changed_at', 'must_change', 'failed_count', 'locked_at', 'version'], credentials);
    if (performance.now() - t0 > 10_000) {
      log(`  … ${staffIds.length.toLocaleString()} staff, ${(staffIds.length * 2).toLocaleString()} cards`);
      t0 = performance.now();
    }
  }
  log(`  ${staffIds.length.toLocaleString()} staff, ${(staffIds.length * 2).toLocaleString()} operator ID cards, ${staffIds.length.toLocaleString()} credentials in ${sectionIds.length} sections`);
  for (const [table, filler] of Object.entries(FILLERS)) {
    if (await tableExists(dataSource, table)) log(`  ${table}: ${(await filler(dataSource, { sectionIds, staffIds })).toLocaleString()} rows`);
  }
  const system: Principal = { kind: 'STAFF', staffId: staffIds[0] as string, sessionId: randomUUID(), grants: [], passwordChangeRequired: false };
  for (let done = 0; done < SETTINGS.events; done += 1_000) {
    const n = Math.min(1_000, SETTINGS.events - done);
    const events: AuditEventInput[] = Array.from({ length: n }, (_, k) => ({
      principal: system,
      roles: ['SYSTEM_OFFICER'],
      operation: 'Query.staff',
      recordType: 'Staff',
      recordIds: [staffIds[(done + k) % staffIds.length] as string],
      sectionId: sectionIds[(done + k) % sectionIds.length] as string,
      source: '127.0.0.1',
      outcome: 'SUCCESS',
      occurredAt: new Date(NOW.getTime() - 60_000),
    }));
    await withTransaction(dataSource, (manager) => appendAuditEvents(manager, events));
  }
  log(`  ${SETTINGS.events.toLocaleString()} audit events`);
  await dataSource.query('ANALYZE TABLE staff, operator_id_card, credential, audit_event');
  return { sectionIds, staffIds };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < SETTINGS.rounds; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times;
}

async function report(dataSource: DataSource, filter: RowFilter, checkIds?: readonly string[]): Promise<string> {
  const result = await evaluateComplianceReport(dataSource.manager, {
    asOf: jstDate(NOW),
    now: NOW,
    scope: (columns) => rowFilterSql(filter, columns),
    cityWide: filter.kind === 'all',
    offenders: { first: 20, after: null },
    ...(checkIds ? { checkIds } : {}),
  });
  return result.checks.map((c) => `${c.check.id}=${c.verdict.status}(${c.verdict.count})`).join(' ');
}

async function baseline(dataSource: DataSource): Promise<void> {
  await dataSource.query('SELECT COUNT(*) AS n FROM operator_id_card c JOIN staff s ON s.id = c.holder_id');
  await dataSource.query('SELECT COUNT(*) AS n FROM credential cr JOIN staff s ON s.id = cr.staff_id');
  await dataSource.query('SELECT COUNT(*) AS n FROM handler_designation d JOIN staff s ON s.id = d.staff_id');
  await dataSource.query('SELECT COUNT(*) AS n FROM printed_form_output');
  await dataSource.query('SELECT COUNT(*) AS n FROM resident_card');
}

/** The sections and people of a database an earlier run filled (`--reuse`), in the order `fill` made them. */
async function filled(dataSource: DataSource): Promise<{ sectionIds: string[]; staffIds: string[] }> {
  const sections = (await dataSource.query(
    "SELECT id FROM organisation_unit WHERE code LIKE 'bench-section-%' ORDER BY CAST(SUBSTRING(code, 15) AS UNSIGNED)",
  )) as { id: string }[];
  const staff = (await dataSource.query("SELECT id FROM staff WHERE employee_number IN ('B0', 'B1') ORDER BY employee_number")) as { id: string }[];
  if (sections.length === 0 || staff.length < 2) throw new Error('--reuse: that database was not filled by this bench');
  return { sectionIds: sections.map((r) => r.id), staffIds: staff.map((r) => r.id) };
}

async function bench(dataSource: DataSource): Promise<void> {
  log(SETTINGS.reuse ? `reusing ${SETTINGS.reuse} (filled by an earlier run)` : 'filling…');
  const t0 = performance.now();
  const { sectionIds, staffIds } = SETTINGS.reuse ? await filled(dataSource) : await fill(dataSource);
  if (!SETTINGS.reuse) log(`  filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const today = jstDate(NOW);
  const officer: Principal = {
    kind: 'STAFF',
    staffId: staffIds[1] as string,
    sessionId: randomUUID(),
    grants: [{ role: 'SECURITY_OFFICER', sectionId: sectionIds[7 % sectionIds.length] as string, effectiveFrom: '2000-04-01' }],
    passwordChangeRequired: false,
  };
  const systemOfficer: Principal = { ...officer, grants: [{ role: 'SYSTEM_OFFICER', effectiveFrom: '2000-04-01' }] };
  const roles: [string, RowFilter][] = [
    ['city-wide (SYSTEM_OFFICER)', rowFilterFor(systemOfficer, 'ComplianceCheck', 'read', today)],
    ['one section (SECURITY_OFFICER)', rowFilterFor(officer, 'ComplianceCheck', 'read', today)],
  ];
  const base = median(await timed(() => baseline(dataSource)));
  log(`\nbaseline: COUNT(*) of operator cards ⋈ staff, credentials ⋈ staff, designations ⋈ staff, form outputs, resident cards   median ${base.toFixed(0)} ms`);
  for (const [name, filter] of roles) {
    log(`\n${name}: ${await report(dataSource, filter)}`);
    const times = await timed(() => report(dataSource, filter));
    const m = median(times);
    log(`  full report   median ${m.toFixed(0)} ms   (rounds: ${times.map((t) => t.toFixed(0)).join(', ')} ms)   ratio to baseline ${(m / base).toFixed(2)}×`);
    const perCheck: string[] = [];
    for (const check of COMPLIANCE_CHECKS) {
      const t0 = performance.now();
      await report(dataSource, filter, [check.id]);
      perCheck.push(`${check.id} ${(performance.now() - t0).toFixed(0)}`);
    }
    log(`  per check (ms, one run): ${perCheck.join(', ')}`);
  }
}

async function main(): Promise<void> {
  log(`node ${process.version}, ${os.cpus().length} CPUs; ${SETTINGS.ledger.toLocaleString()} form and resident-card records, ${SETTINGS.cards.toLocaleString()} operator ID cards, ${SETTINGS.sections} sections, ${SETTINGS.events.toLocaleString()} audit events, ${SETTINGS.rounds} rounds`);
  const { connection, endpoint } = await connectAdmin();
  // The buffer pool (dynamic since MariaDB 10.2): the data of a city must fit in it, as on a production server
  // sized for it (docs/compliance.md); the server's own value is restored at the end.
  const [[pool]] = (await connection.query('SELECT @@innodb_buffer_pool_size AS size')) as unknown as [[{ size: unknown }]];
  const originalPool = Number(pool.size);
  const wantedPool = SETTINGS.bufferPoolMb * 1024 * 1024;
  if (SETTINGS.bufferPoolMb > 0 && wantedPool !== originalPool) {
    await connection.query(`SET GLOBAL innodb_buffer_pool_size = ${wantedPool}`);
  }
  const [[usedPool]] = (await connection.query('SELECT @@innodb_buffer_pool_size AS size')) as unknown as [[{ size: unknown }]];
  log(`innodb_buffer_pool_size: ${(Number(usedPool.size) / 1024 / 1024).toFixed(0)} MiB for the run (server's: ${(originalPool / 1024 / 1024).toFixed(0)} MiB, restored at the end)`);
  if (SETTINGS.reuse !== undefined && !/^juki_bench_[0-9a-f]{8}$/.test(SETTINGS.reuse)) throw new Error('--reuse=juki_bench_<8 hex digits>');
  const database = SETTINGS.reuse ?? `juki_bench_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  try {
    if (SETTINGS.reuse) {
      for (const host of ['127.0.0.1', 'localhost']) await connection.query('ALTER USER ?@? IDENTIFIED BY ?', [database, host, password]);
    } else {
      await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      for (const host of ['127.0.0.1', 'localhost']) {
        await connection.query('CREATE USER ?@? IDENTIFIED BY ?', [database, host, password]);
        await connection.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@?`, [database, host]);
      }
    }
    const url =
      'socketPath' in endpoint
        ? `mariadb://${database}:${password}@localhost/${database}?socketPath=${encodeURIComponent(endpoint.socketPath)}&poolSize=4`
        : `mariadb://${database}:${password}@${endpoint.host}:${endpoint.port}/${database}?poolSize=4`;
    // The audit entities only: the report reads every other table in SQL (tsx emits no decorator metadata
    // for the API's resolvers, and the entities need none).
    const dataSource = createDataSource(parseDatabaseUrl(url, process.cwd()), { entities: [AuditEventEntity, AuditChainHeadEntity, AuditCheckpointEntity, AuditLegalHoldEntity] });
    await dataSource.initialize();
    try {
      await migrateToLatest(dataSource);
      await bench(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    if (SETTINGS.keep) {
      log(`\nkept database ${database}`);
    } else {
      await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      for (const host of ['127.0.0.1', 'localhost']) await connection.query('DROP USER IF EXISTS ?@?', [database, host]);
    }
    if (Number(usedPool.size) !== originalPool) {
      await connection.query(`SET GLOBAL innodb_buffer_pool_size = ${originalPool}`);
      log(`innodb_buffer_pool_size restored to ${(originalPool / 1024 / 1024).toFixed(0)} MiB`);
    }
    await connection.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
