import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const DISPOSAL_MESSAGES = {} as const satisfies CatalogueSection;
