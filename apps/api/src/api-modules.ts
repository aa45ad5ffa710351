import type { ApiModule } from './api-module';
import { API_CLIENTS_MODULE } from './api-clients/api-clients.module';
import { APP_INSTANCE_MODULE } from './app-instance/app-instance.module';
import { AUDIT_MODULE } from './audit/audit.module';
import { CARDS_MODULE } from './cards/cards.module';
import { COMPLIANCE_MODULE } from './compliance/compliance.module';
import { HANDLERS_MODULE } from './handlers/handlers.module';
import { IDENTITY_MODULE } from './identity/identity.module';
import { NOTIFICATIONS_MODULE } from './notifications/notifications.module';
import { ORGANISATION_MODULE } from './organisation/organisation.module';
import { PIN_MODULE } from './pin/pin.module';
import { POLICIES_MODULE } from './policies/policies.module';
import { FORMS_MODULE } from './forms/forms.module';

/**
 * Every area of the API. Adding a record type = adding its folder with an `<area>.module.ts` (+ its
 * migration) and one line here; api-modules.spec.ts fails if a module file is not registered.
 */
export const API_MODULES: readonly ApiModule[] = [
  API_CLIENTS_MODULE,
  APP_INSTANCE_MODULE,
  AUDIT_MODULE,
  FORMS_MODULE,
  CARDS_MODULE,
  COMPLIANCE_MODULE,
  HANDLERS_MODULE,
  IDENTITY_MODULE,
  NOTIFICATIONS_MODULE,
  ORGANISATION_MODULE,
  PIN_MODULE,
  POLICIES_MODULE,
];

export function apiEntities(modules: readonly ApiModule[] = API_MODULES): ApiModule['entities'][number][] {
  return modules.flatMap((m) => m.entities);
}

export function apiResolvers(modules: readonly ApiModule[] = API_MODULES): ApiModule['resolvers'][number][] {
  return modules.flatMap((m) => m.resolvers);
}
