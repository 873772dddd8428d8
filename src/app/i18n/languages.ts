// The languages the app speaks, and where a chosen one is remembered.

/** Every language of the app; English is the fallback and the language of the UI contract. */
export const LANGUAGES = ['en', 'zh'] as const;

/** A language of the app. */
export type Language = (typeof LANGUAGES)[number];

/** The names in the `Language` combobox: each language in its own words. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '中文' };

/** The locale numbers are formatted in, per language. */
export const NUMBER_LOCALES: Record<Language, string> = { en: 'en-US', zh: 'zh-CN' };

/** The localStorage key that remembers the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'neural-playground.language';

/** True for a language the app speaks. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
