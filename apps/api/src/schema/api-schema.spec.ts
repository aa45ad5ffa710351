import { operationRule } from '@juki/policies';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildApiSchema } from '../graphql/build-api-schema';
import { printApiSchema } from './print-api-schema';

const COMMITTED = path.resolve(__dirname, '../../schema.graphql');

describe('apps/api/schema.graphql', () => {
  it('is the schema the resolvers build (run `npx nx run api:schema` and commit the result)', async () => {
    const built = printApiSchema(await buildApiSchema());
    expect(fs.existsSync(COMMITTED)).toBe(true);
    expect(fs.readFileSync(COMMITTED, 'utf8')).toBe(built);
  });

  it('names no operation that the permission matrix does not (default deny)', async () => {
    const schema = await buildApiSchema();
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
      root ? Object.keys(root.getFields()).map((field) => `${root.name}.${field}`) : [],
    );
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((op) => operationRule(op) === undefined)).toEqual([]);
    expect(schema.getType('Date')).toBeDefined();
  });
});
