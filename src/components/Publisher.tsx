import { useLanguage } from '@/i18n/t';

/**
 * A publisher as the dataset names it, in the catalogue's Latin spelling (an acronym too): set
 * as English (`lang="en"`), and in Arabic text kept left to right on its own, so that a name
 * such as "UN (via USAID)" keeps its order. The one way the dashboard sets a publisher's name:
 * marked English in English text as well, where it may stand inside a link marked with its
 * source's language (an Arabic-language outlet).
 */
export function Publisher({ name }: { name: string }) {
  const language = useLanguage();
  return (
    <bdi lang="en" dir={language === 'en' ? undefined : 'ltr'}>
      {name}
    </bdi>
  );
}
