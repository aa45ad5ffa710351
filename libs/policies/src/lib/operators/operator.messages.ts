import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const OPERATOR_MESSAGES = {} as const satisfies CatalogueSection;
