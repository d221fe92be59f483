import { createElement } from 'react';
import { t } from '@/i18n/t';
import { lazyComponent, useLazyComponent } from '@/lib/lazy-component';
import { useDateRange, useFiltersStore } from '@/stores/filters';
import { adjacentPeriod } from './compare-periods';

const ComparisonLayer = lazyComponent(() => import('./Comparison'));

/** "Compare periods": opens the comparison with the period of the same length before. */
export function CompareButton() {
  const setView = useFiltersStore((s) => s.setView);
  const range = useDateRange();
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-label={t('compare.button.label')}
      title={t('compare.button.title')}
      onClick={() => setView({ otherPeriod: adjacentPeriod(range, 'before') })}
    >
      {t('compare.button.text')}
    </button>
  );
}

/** The comparison of the range with period B, when the link names one (`vs`). */
export function ComparePeriods() {
  const other = useFiltersStore((s) => s.otherPeriod);
  const Comparison = useLazyComponent(ComparisonLayer, other !== null);
  // The module's export, the same function on every render (see AfterFirstPaint).
  return other && Comparison ? createElement(Comparison, { b: other }) : null;
}
