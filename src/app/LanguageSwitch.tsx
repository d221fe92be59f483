import { t, useLanguage } from '@/i18n/t';
import { useLanguageStore, type Digits } from '@/i18n/language';

/**
 * English / العربية: the switch names the other language in that language (as readers look for
 * it). In Arabic, a second control picks Arabic-Indic or Western digits.
 */
export function LanguageSwitch() {
  const language = useLanguage();
  const digits = useLanguageStore((s) => s.digits);
  const chooseLanguage = useLanguageStore((s) => s.chooseLanguage);
  const chooseDigits = useLanguageStore((s) => s.chooseDigits);
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <div className="language-switch">
      <button
        type="button"
        className="button button--small language-switch__button"
        lang={other}
        data-language={other}
        title={t('common.languageSwitch')}
        onClick={() => chooseLanguage(other)}
      >
        {other === 'ar' ? 'العربية' : 'English'}
      </button>
      {language === 'ar' && (
        <label className="language-switch__digits">
          <span className="visually-hidden">{t('common.digits')}</span>
          <select value={digits} onChange={(e) => chooseDigits(e.target.value as Digits)}>
            <option value="arab">{t('common.digitsArab')}</option>
            <option value="latn">{t('common.digitsLatn')}</option>
          </select>
        </label>
      )}
    </div>
  );
}
