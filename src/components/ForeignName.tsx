import { useLanguage } from '@/i18n/t';

/** A name in Arabic script, set right-to-left and in the Arabic font, inside Latin text. */
export function ArabicName({ children }: { children: string | undefined }) {
  if (!children) return null;
  return (
    <bdi lang="ar" dir="rtl" className="arabic">
      {children}
    </bdi>
  );
}

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
