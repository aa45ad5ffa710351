import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const PERMISSION_MESSAGES = {} as const satisfies CatalogueSection;
