import type { MigrationInterface } from 'typeorm';
import { CreateAppInstance1764547200000 } from './1764547200000-create-app-instance.migration';
import { CreateOrganisationUnit1764547300000 } from './1764547300000-create-organisation-unit.migration';
import { CreateIdentity1764547400000 } from './1764547400000-create-identity.migration';
import { CreateAuditTrail1764547600000 } from './1764547600000-create-audit-trail.migration';
import { CreateHandlers1764548000000 } from './1764548000000-create-handlers.migration';
import { CreateResidentCards1764550000000 } from './1764550000000-create-resident-cards.migration';
import { CreateNotificationsAndPinGuidance1764550500000 } from './1764550500000-create-notifications-and-pin-guidance.migration';
import { CreatePrintedFormLedger1764549000000 } from './1764549000000-create-printed-form-ledger.migration';
import { AddComplianceIndexes1764551000000 } from './1764551000000-add-compliance-indexes.migration';
import { FormDisposalOutputFacts1764552000000 } from './1764552000000-form-disposal-output-facts.migration';

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
  CreateHandlers1764548000000,
  CreatePrintedFormLedger1764549000000,
  CreateResidentCards1764550000000,
  CreateNotificationsAndPinGuidance1764550500000,
  AddComplianceIndexes1764551000000,
  FormDisposalOutputFacts1764552000000,
];
