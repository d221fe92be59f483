import { useEffect } from 'react';
import { t, type MessageKey } from '@/i18n/t';
import { useThemeStore, type ThemeChoice } from '@/stores/theme';

const choices: { value: ThemeChoice; label: MessageKey }[] = [
  { value: 'system', label: 'app.theme.system' },
  { value: 'light', label: 'app.theme.light' },
  { value: 'dark', label: 'app.theme.dark' },
];

/** Light / dark / system theme switch; the choice is applied to <html data-theme>. */
export function ThemeToggle() {
  const theme = useThemeStore((s) => s.theme);
  const setTheme = useThemeStore((s) => s.setTheme);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.dataset.theme = theme;
  }, [theme]);

  return (
    <label className="theme-toggle">
      <span className="visually-hidden">{t('app.theme.label')}</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {t(c.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
