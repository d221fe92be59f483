/** A name in Arabic script, set right-to-left and in the Arabic font, inside Latin text. */
export function ArabicName({ children }: { children: string | undefined }) {
  if (!children) return null;
  return (
    <bdi lang="ar" dir="rtl" className="arabic">
      {children}
    </bdi>
  );
}
