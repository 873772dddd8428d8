// The one i18next instance of the page. It starts synchronously (the resources are bundled), so
// words exist before the first render and in unit tests. The language is the remembered choice,
// else the browser's; every change is remembered in localStorage and set on <html lang>.
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, LANGUAGE_STORAGE_KEY, NUMBER_LOCALES, isLanguage, type Language } from './languages';
import { DEFAULT_NAMESPACE, NAMESPACES, RESOURCES } from './resources';

/** The page's i18next instance. */
export const i18n = i18next.createInstance();

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: RESOURCES,
    ns: NAMESPACES,
    defaultNS: DEFAULT_NAMESPACE,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // zh-CN, zh-Hans, zh-TW all read the one Chinese resource.
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });

/** The language in use, as one of the app's languages. */
export function currentLanguage(): Language {
  const language = (i18n.resolvedLanguage ?? i18n.language ?? 'en').split('-')[0];
  return isLanguage(language) ? language : 'en';
}

/** The locale for Intl formatters in the language in use. */
export function numberLocale(): string {
  return NUMBER_LOCALES[currentLanguage()];
}

/** Words for a key in the language in use, for code outside components (components use useTranslation). */
export const t = i18n.t.bind(i18n);

function setDocumentLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage() === 'zh' ? 'zh-CN' : 'en';
}
setDocumentLanguage();
i18n.on('languageChanged', setDocumentLanguage);

/** Values to interpolate into words ({{name}}); typed loosely so any key's options accept them. */
export type TextParams = { [key: string]: unknown };

/**
 * A flat namespace as an object whose every property reads its word in the page's language when
 * used: `KERAS_TEXT.heading`. Lets a feature's xText.ts module keep its shape while its words
 * move into the resources.
 */
export function namespaceWords<N extends keyof typeof RESOURCES.en>(namespace: N): Readonly<(typeof RESOURCES.en)[N]> {
  const words = {};
  for (const key of Object.keys(RESOURCES.en[namespace])) {
    Object.defineProperty(words, key, { enumerable: true, get: () => i18n.t(`${namespace}:${key}` as never) });
  }
  return words as (typeof RESOURCES.en)[N];
}
