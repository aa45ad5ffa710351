import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const NETWORK_MESSAGES = {} as const satisfies CatalogueSection;
