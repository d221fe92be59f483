import { useLanguage } from '@/i18n/t';

/**
 * A publisher as the dataset names it, in English: plain text in English, set as English
 * (`lang="en"`, left to right) inside Arabic text.
 */
export function Publisher({ name }: { name: string }) {
  const language = useLanguage();
  if (language === 'en') return name;
  return (
    <bdi lang="en" dir="ltr">
      {name}
    </bdi>
  );
}
