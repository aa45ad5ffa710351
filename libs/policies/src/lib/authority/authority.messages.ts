import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const AUTHORITY_MESSAGES = {} as const satisfies CatalogueSection;
