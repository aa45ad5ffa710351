import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const RETENTION_MESSAGES = {} as const satisfies CatalogueSection;
