import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const FORM_MESSAGES = {} as const satisfies CatalogueSection;
