import 'i18next';
import type nb from '@/locales/nb';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof nb;
  }
}
