import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const CARD_MESSAGES = {} as const satisfies CatalogueSection;
