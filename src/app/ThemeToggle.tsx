import { useEffect } from 'react';
import { useThemeStore, type ThemeChoice } from '@/stores/theme';

const choices: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
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
      <span className="visually-hidden">Colour theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label} theme
          </option>
        ))}
      </select>
    </label>
  );
}
