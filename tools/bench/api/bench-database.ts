import { randomBytes, randomUUID } from 'node:crypto';
import * as mysql from 'mysql2/promise';

/** MariaDB as root over loopback TCP (the bench never leaves 127.0.0.1). */
export const BENCH_MARIADB = { host: '127.0.0.1', port: 3306, user: 'root', password: '' } as const;

export interface BenchDatabase {
  readonly name: string;
  /** DATABASE_URL for the API and the bare server. */
  readonly url: string;
  /** Drops the database (safe to call twice). */
  drop(): Promise<void>;
}

/** Creates a fresh, empty `juki_bench_<random>` database; `drop()` removes it. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `juki_bench_${randomBytes(5).toString('hex')}`;
  const admin = await mysql.createConnection({ ...BENCH_MARIADB, connectTimeout: 5_000 });
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await admin.end();
  }
  let dropped = false;
  return {
    name,
    url: `mariadb://${BENCH_MARIADB.user}@${BENCH_MARIADB.host}:${BENCH_MARIADB.port}/${name}`,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      const connection = await mysql.createConnection({ ...BENCH_MARIADB, connectTimeout: 5_000 });
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}

const SURNAMES = ['青葉', '朝日', '稲浜', '海浜', '金沢', '川戸', '小中台', '桜台', '潮見', '白井', '高浜', '千草', '鶴沢', '豊砂', '中野', '浜田', '日の出', '緑川', '若松', '弥生'];
const GIVEN = ['葵', '陸', '結衣', '蓮', '美咲', '大翔', '凛', '悠真', '陽菜', '湊', '紬', '樹', '芽依', '颯太', '楓'];

/**
 * Adds `count` fictional operators to one section, each holding one ACTIVE operator ID card, straight into
 * the API's tables (after the API has migrated and seeded them), so that the section has more than a
 * 100-item page of cards. Returns how many cards the section now has.
 */
export async function addSectionOperators(databaseUrl: string, sectionCode: string, count: number, now: Date): Promise<number> {
  const connection = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), timezone: 'Z' });
  try {
    const [units] = await connection.query<mysql.RowDataPacket[]>('SELECT id FROM organisation_unit WHERE code = ?', [sectionCode]);
    const sectionId = units[0]?.['id'] as string | undefined;
    if (!sectionId) throw new Error(`no organisation unit ${sectionCode}: did the demo seed run?`);
    const issuedAt = new Date(now.getTime() - 90 * 86_400_000);
    const staff: unknown[][] = [];
    const cards: unknown[][] = [];
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const surname = SURNAMES[i % SURNAMES.length] as string;
      const given = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] as string;
      const number = String(i + 1).padStart(4, '0');
      staff.push([id, `299${number}`, `${surname} ${given}`, 'べんち たろう', null, sectionId, '主事', 'ACTIVE', null, '1990-04-01', 1]);
      cards.push([randomUUID(), `CHB-5${number}`, id, 'ACTIVE', issuedAt, null, null, null, null, 1]);
    }
    await connection.beginTransaction();
    await connection.query(
      'INSERT INTO staff (id, employee_number, name, name_kana, name_romaji, section_id, title, employment_status, employment_status_since, birth_date, version) VALUES ?',
      [staff],
    );
    await connection.query(
      'INSERT INTO operator_id_card (id, card_number, holder_id, status, issued_at, returned_at, lost_reported_at, loss_kind, revoked_at, version) VALUES ?',
      [cards],
    );
    await connection.commit();
    const [counted] = await connection.query<mysql.RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM operator_id_card c JOIN staff h ON h.id = c.holder_id WHERE h.section_id = ?',
      [sectionId],
    );
    return Number(counted[0]?.['n'] ?? 0);
  } finally {
    await connection.end();
  }
}

/**
 * Statements the servers send to MariaDB per request: the server-wide `Questions` counter around `requests`
 * sequential requests, minus the counter's own overhead. Other clients of the same MariaDB (tests running
 * meanwhile) can only add to it, so the least of `attempts` tries is taken.
 */
export async function statementsPerRequest(send: () => Promise<void>, requests: number, attempts = 3): Promise<number> {
  const connection = await mysql.createConnection({ ...BENCH_MARIADB, connectTimeout: 5_000 });
  const questions = async (): Promise<number> => {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SHOW GLOBAL STATUS LIKE 'Questions'");
    return Number(rows[0]?.['Value']);
  };
  try {
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const idle0 = await questions();
      const idle1 = await questions();
      for (let i = 0; i < requests; i++) await send();
      const after = await questions();
      best = Math.min(best, (after - idle1 - (idle1 - idle0)) / requests);
    }
    return best;
  } finally {
    await connection.end();
  }
}

/** Rows the API appends to its audit trail (`audit_event`) per request, over `requests` sequential requests. */
export async function auditEventsPerRequest(databaseUrl: string, send: () => Promise<void>, requests: number): Promise<number> {
  const connection = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:') });
  const count = async (): Promise<number> => {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT COUNT(*) AS n FROM audit_event');
    return Number(rows[0]?.['n'] ?? 0);
  };
  try {
    const before = await count();
    for (let i = 0; i < requests; i++) await send();
    return ((await count()) - before) / requests;
  } finally {
    await connection.end();
  }
}
