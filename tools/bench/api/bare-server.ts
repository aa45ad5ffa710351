/**
 * The bench's reference server (not part of the product): node:http + graphql-js (`buildSchema`, default
 * resolvers) + mysql2, answering `me` and `operatorIdCards(first:)` from the API's own tables with ONE
 * statement each (JOINs), with the same row scope as the API gives a section-scoped security officer
 * (the sections of the caller's SECURITY_OFFICER grants in force) and the same card-number mask — but no
 * authorization framework, no audit, no session checks beyond "the token's session exists and is open".
 *
 * Run as its own process (bundled by bench-api.ts): DATABASE_URL=mariadb://… PORT=0 node bare-server.js
 * Prints one JSON line `{"listening":"http://127.0.0.1:<port>/graphql"}` on stdout when ready.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';
import * as mysql from 'mysql2';

const SDL = /* GraphQL */ `
  type Query {
    me: Session!
    operatorIdCards(first: Int): OperatorIdCardConnection!
  }
  type Session {
    id: ID!
    staffId: ID!
    employeeNumber: String!
    name: String!
    nameKana: String!
    title: String!
    sectionId: ID!
    sectionName: String!
    roles: [String!]!
    grants: [SessionRoleGrant!]!
  }
  type SessionRoleGrant {
    id: ID!
    role: String!
    sectionId: ID
    sectionName: String
    effectiveFrom: String!
    effectiveTo: String
  }
  type OperatorIdCardConnection {
    edges: [OperatorIdCardEdge!]!
    pageInfo: PageInfo!
  }
  type OperatorIdCardEdge {
    node: OperatorIdCard!
  }
  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
  }
  type OperatorIdCard {
    id: ID!
    cardNumber: String
    status: String
    issuedAt: String
    holder: Staff
  }
  type Staff {
    id: ID!
    employeeNumber: String
    name: String
    section: OrganisationUnit
  }
  type OrganisationUnit {
    id: ID!
    code: String!
    name: String!
  }
`;

/** The mask the permission matrix shows a security officer instead of a card number (`MASK` of @juki/policies). */
const MASK = '＊＊＊＊';

const globalId = (type: string, id: string): string => btoa(`${type}:${id}`);

/** Today in Japan, YYYY-MM-DD (role grants are in force by calendar date). */
function jstToday(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is required');
const pool = mysql.createPool({
  uri: url.replace(/^mariadb:/, 'mysql:'),
  connectionLimit: Number(process.env['POOL_SIZE'] ?? 10),
  charset: 'utf8mb4',
  timezone: 'Z',
  dateStrings: ['DATE'],
});

function query<T>(sql: string, params: (string | number | null)[]): Promise<T[]> {
  return new Promise((resolve, reject) => {
    pool.query(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[])));
  });
}

interface Context {
  readonly tokenHash: string | null;
}

interface MeRow {
  session_id: string;
  staff_id: string;
  employee_number: string;
  name: string;
  name_kana: string;
  title: string;
  section_id: string;
  section_name: string;
  grant_id: string | null;
  role: string | null;
  grant_section_id: string | null;
  grant_section_name: string | null;
  effective_from: string | null;
  effective_to: string | null;
}

interface CardRow {
  id: string;
  card_number: string;
  status: string;
  issued_at: Date;
  holder_id: string;
  holder_name: string;
  employee_number: string;
  section_id: string;
  section_code: string;
  section_name: string;
}

const ME_SQL = `
  SELECT ss.id AS session_id, st.id AS staff_id, st.employee_number, st.name, st.name_kana, st.title,
         st.section_id, su.name AS section_name,
         ra.id AS grant_id, ra.role, ra.section_id AS grant_section_id, gu.name AS grant_section_name,
         ra.effective_from, ra.effective_to
    FROM session ss
    JOIN staff st ON st.id = ss.staff_id
    JOIN organisation_unit su ON su.id = st.section_id
    LEFT JOIN role_assignment ra ON ra.staff_id = st.id
    LEFT JOIN organisation_unit gu ON gu.id = ra.section_id
   WHERE ss.token_hash = ? AND ss.ended_at IS NULL
   ORDER BY ra.effective_from, ra.id`;

const CARDS_SQL = (sections: number) => `
  SELECT c.id, c.card_number, c.status, c.issued_at,
         h.id AS holder_id, h.name AS holder_name, h.employee_number,
         u.id AS section_id, u.code AS section_code, u.name AS section_name
    FROM operator_id_card c
    JOIN staff h ON h.id = c.holder_id
    JOIN organisation_unit u ON u.id = h.section_id
   WHERE h.section_id IN (${new Array(sections).fill('?').join(', ')})
   ORDER BY c.issued_at, c.id
   LIMIT ?`;

/** Sections the token's holder is SECURITY_OFFICER of today, remembered per token (the bare server's whole "authorization"). */
const officerSections = new Map<string, Promise<readonly string[]>>();

function sectionsOf(tokenHash: string): Promise<readonly string[]> {
  let found = officerSections.get(tokenHash);
  if (!found) {
    const today = jstToday(new Date());
    found = query<{ section_id: string }>(
      `SELECT ra.section_id FROM session ss JOIN role_assignment ra ON ra.staff_id = ss.staff_id
        WHERE ss.token_hash = ? AND ss.ended_at IS NULL AND ra.role = 'SECURITY_OFFICER' AND ra.section_id IS NOT NULL
          AND ra.effective_from <= ? AND (ra.effective_to IS NULL OR ra.effective_to >= ?)`,
      [tokenHash, today, today],
    ).then((rows) => rows.map((r) => r.section_id).sort());
    officerSections.set(tokenHash, found);
  }
  return found;
}

const rootValue = {
  async me(_args: unknown, context: Context) {
    if (!context.tokenHash) throw new Error('UNAUTHENTICATED');
    const rows = await query<MeRow>(ME_SQL, [context.tokenHash]);
    const first = rows[0];
    if (!first) throw new Error('UNAUTHENTICATED');
    const today = jstToday(new Date());
    const grants = rows.filter((r) => r.grant_id !== null);
    const roles = [
      ...new Set(grants.filter((g) => (g.effective_from as string) <= today && (g.effective_to === null || g.effective_to >= today)).map((g) => g.role as string)),
    ].sort();
    return {
      id: globalId('Session', first.session_id),
      staffId: globalId('Staff', first.staff_id),
      employeeNumber: first.employee_number,
      name: first.name,
      nameKana: first.name_kana,
      title: first.title,
      sectionId: globalId('OrganisationUnit', first.section_id),
      sectionName: first.section_name,
      roles,
      grants: grants.map((g) => ({
        id: globalId('RoleAssignment', g.grant_id as string),
        role: g.role,
        sectionId: g.grant_section_id === null ? null : globalId('OrganisationUnit', g.grant_section_id),
        sectionName: g.grant_section_id === null ? null : g.grant_section_name,
        effectiveFrom: g.effective_from,
        effectiveTo: g.effective_to,
      })),
    };
  },

  async operatorIdCards(args: { first?: number | null }, context: Context) {
    if (!context.tokenHash) throw new Error('UNAUTHENTICATED');
    const size = Math.min(Math.max(args.first ?? 100, 0), 100);
    const sections = await sectionsOf(context.tokenHash);
    const rows = sections.length === 0 ? [] : await query<CardRow>(CARDS_SQL(sections.length), [...sections, size + 1]);
    const page = rows.slice(0, size);
    const units = new Map<string, object>();
    return {
      edges: page.map((r) => {
        let section = units.get(r.section_id);
        if (!section) {
          section = { id: globalId('OrganisationUnit', r.section_id), code: r.section_code, name: r.section_name };
          units.set(r.section_id, section);
        }
        return {
          node: {
            id: globalId('OperatorIdCard', r.id),
            cardNumber: MASK,
            status: r.status,
            issuedAt: r.issued_at.toISOString(),
            holder: { id: globalId('Staff', r.holder_id), employeeNumber: r.employee_number, name: r.holder_name, section },
          },
        };
      }),
      pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: false },
    };
  },
};

const schema = buildSchema(SDL);
/** Parsed and validated once per distinct query (what Apollo does too). */
const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();

function documentOf(source: string): DocumentNode | readonly GraphQLError[] {
  let document = documents.get(source);
  if (!document) {
    const parsed = parse(source);
    const errors = validate(schema, parsed);
    document = errors.length > 0 ? errors : parsed;
    if (documents.size < 1_000) documents.set(source, document);
  }
  return document;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') {
    send(res, 404, { errors: [{ message: 'not found' }] });
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
        const document = documentOf(body.query);
        if (!('kind' in document)) {
          send(res, 400, { errors: document.map((e) => ({ message: e.message })) });
          return;
        }
        const authorization = req.headers.authorization;
        const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null;
        const contextValue: Context = { tokenHash: token ? createHash('sha256').update(token, 'utf8').digest('hex') : null };
        const result = await execute({ schema, document, rootValue, contextValue, variableValues: body.variables ?? null });
        send(res, 200, result);
      } catch (error) {
        send(res, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
      }
    })();
  });
});

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(JSON.stringify({ listening: `http://127.0.0.1:${port}/graphql` }) + '\n');
});

const stop = (): void => {
  server.close();
  server.closeAllConnections();
  pool.end(() => undefined);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
