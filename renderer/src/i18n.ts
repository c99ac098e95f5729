// i18next over the shared catalogs; the language comes from the preferences.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: catalogs['zh-CN'] },
      en: { translation: catalogs.en },
      'zh-TW': { translation: catalogs['zh-TW'] },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
