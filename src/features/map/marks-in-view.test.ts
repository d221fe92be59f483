import { afterEach, describe, expect, it } from 'vitest';
import { FakeIntersectionObserver as FakeObserver } from '@/test/fake-intersection-observer';
import { watchMarksInView } from './marks-in-view';

/** Lets the MutationObserver deliver what was changed in the pane. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

function mapWith(...classes: string[]) {
  const container = document.createElement('div');
  const pane = document.createElement('div');
  container.append(pane);
  document.body.append(container);
  const marks = classes.map((name) => {
    const element = document.createElement('div');
    element.className = name;
    pane.append(element);
    return element;
  });
  const reports: boolean[] = [];
  const stop = watchMarksInView(
    pane,
    container,
    (inView) => reports.push(inView),
    FakeObserver as unknown as typeof IntersectionObserver,
  );
  return { container, pane, marks, reports, stop, observer: FakeObserver.made.at(-1)! };
}

afterEach(() => document.body.replaceChildren());

describe('watchMarksInView', () => {
  it('watches the marks a range change redraws, not the basemap’s country names', () => {
    const { marks, observer, container } = mapWith(
      'leaflet-marker-icon map-cluster',
      'leaflet-marker-icon map-country-label',
      'leaflet-tooltip map-label-anchor',
    );
    expect([...observer.targets]).toEqual([container, marks[0], marks[2]]);
  });

  it('says in view while any mark is seen, and out of view once none is', () => {
    const { marks, observer, reports, container } = mapWith('map-cluster', 'map-venue');
    observer.show([container, true], [marks[0]!, false], [marks[1]!, false]);
    observer.show([marks[1]!, true]);
    observer.show([marks[0]!, true], [marks[1]!, false]);
    observer.show([marks[0]!, false]);
    expect(reports).toEqual([false, true, false]);
  });

  it('counts the map itself as seen while it holds no mark, so that a range’s first marks come with the panel', async () => {
    const { pane, marks, observer, reports, container } = mapWith('map-event');
    observer.show([container, true], [marks[0]!, false]);
    marks[0]!.remove();
    await mutationsDelivered();
    expect(observer.targets.has(marks[0]!)).toBe(false);
    // Marks added count once the observer has looked at them, not before.
    const added = document.createElement('div');
    added.className = 'map-event';
    pane.append(added);
    await mutationsDelivered();
    expect(observer.targets.has(added)).toBe(true);
    observer.show([added, false]);
    expect(reports).toEqual([false, true, false]);
  });

  it('forgets a mark taken away: it was the one seen, so the map is out of view', async () => {
    const { marks, observer, reports, container } = mapWith('map-base', 'map-zone');
    observer.show([container, true], [marks[0]!, true], [marks[1]!, false]);
    marks[0]!.remove();
    await mutationsDelivered();
    // A late entry of the mark taken away changes nothing.
    observer.show([marks[0]!, true]);
    expect(reports).toEqual([true, false]);
  });

  it('finds marks inside a layer added whole, and stops watching when stopped', async () => {
    const { pane, observer, stop } = mapWith();
    const layer = document.createElement('div');
    layer.innerHTML = '<span class="map-own"></span><span class="map-label"></span>';
    pane.append(layer);
    await mutationsDelivered();
    expect([...observer.targets].map((e) => e.className)).toEqual(['', 'map-own']);
    stop();
    expect(observer.targets.size).toBe(0);
  });
});
