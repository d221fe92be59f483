import { createElement, useCallback, useEffect, useRef, useState } from 'react';
import { t } from '@/i18n/t';
import { lazyComponent, useLazyComponent } from '@/lib/lazy-component';

const BriefLayer = lazyComponent(() => import('./Brief'));

/** "Print / PDF brief": opens the brief of the current view, ready for the print dialog. */
export function BriefButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const Brief = useLazyComponent(BriefLayer, open);
  // Closing gives the focus back to the button that opened the brief, once the page behind
  // the brief is no longer inert.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--quiet"
        aria-label={t('brief.button.label')}
        title={t('brief.button.title')}
        onClick={() => setOpen(true)}
      >
        {t('brief.button.text')}
      </button>
      {/* The module's export, the same function on every render (see AfterFirstPaint). */}
      {open && Brief ? createElement(Brief, { onClose: close }) : null}
    </>
  );
}
