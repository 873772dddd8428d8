import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { currentLanguage } from '../../i18n/i18n';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../i18n/languages';

/** The combobox's accessible name, English in every language (UI-CONTRACT), so anyone finds the way back. */
const LANGUAGE_LABEL = 'Language';

const OPTIONS: SelectOption<Language>[] = LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }));

/** The `Language` combobox: English or 中文; the detector remembers the choice in localStorage. */
export function LanguageSelect() {
  const { i18n } = useTranslation();
  return (
    <div className="language-select">
      <SelectField label={LANGUAGE_LABEL} value={currentLanguage()} options={OPTIONS} onChange={(language) => void i18n.changeLanguage(language)} />
    </div>
  );
}
