import type { MigrationInterface } from 'typeorm';
import { CreateAppInstance1764547200000 } from './1764547200000-create-app-instance.migration';
import { CreateOrganisationUnit1764547300000 } from './1764547300000-create-organisation-unit.migration';
import { CreateIdentity1764547400000 } from './1764547400000-create-identity.migration';
import { CreateAuditTrail1764547600000 } from './1764547600000-create-audit-trail.migration';

/**
 * Every migration, oldest first. They are listed (not globbed) so that the esbuild bundle contains them;
 * migration-registry.spec.ts fails when a `*.migration.ts` file in this folder is missing here.
 * Write them with the QueryRunner/Table API and `portableTable` so that one set runs on both databases.
 */
export const MIGRATIONS: readonly (new () => MigrationInterface)[] = [
  CreateAppInstance1764547200000,
  CreateOrganisationUnit1764547300000,
  CreateIdentity1764547400000,
  CreateAuditTrail1764547600000,
];
