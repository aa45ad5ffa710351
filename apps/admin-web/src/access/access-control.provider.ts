import type { AccessControlProvider } from '@refinedev/core';
import type { Role } from '@juki/policies';
import { bestFieldAccess, canAccess } from './console-access';

/**
 * Refine's access control from the permission matrix. `action: 'field'` with `params.type` and
 * `params.field` asks about one field of a record type (columns, detail fields).
 */
export function matrixAccessControl(currentRoles: () => readonly Role[]): AccessControlProvider {
  return {
    can: async ({ resource, action, params }) => {
      const roles = currentRoles();
      if (action === 'field') {
        const type = typeof params?.['type'] === 'string' ? params['type'] : '';
        const field = typeof params?.['field'] === 'string' ? params['field'] : '';
        return { can: bestFieldAccess(roles, type, field) !== 'DENIED' };
      }
      return { can: canAccess(roles, resource, action) };
    },
    options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
  };
}
