import { ArabicName } from '@/components/ForeignName';
import { useLanguage } from '@/i18n/t';

/**
 * A record's name in the other script, beside its name in the language shown: in English its
 * Arabic name, in Arabic its Latin one, set left to right and read as English.
 */
export function OtherName({ name, nameAr }: { name: string; nameAr: string | undefined }) {
  const language = useLanguage();
  if (language === 'en') return <ArabicName>{nameAr}</ArabicName>;
  return (
    <bdi lang="en" dir="ltr" className="latin-name">
      {name}
    </bdi>
  );
}
