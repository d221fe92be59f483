import { test, type Page } from '@playwright/test';
import { defineInView, setRange, waitForRange, type WithInView } from './helpers';
import { canvas, expect, mapPanel, settle } from './map-marks';

/**
 * The map redraws its marks for a new range with the panels when the reader can see any of them,
 * and in a background render just after when they are all scrolled out of view (at 1440×900 the
 * map panel shows its toolbar and the top edge of the map, above Syria). Watched at every DOM
 * change, before any frame is painted: the marks that stand for places (event clusters, talks
 * venues, bases, zones, place dots) as they are the moment the map's panel first shows the new
 * range, against the same marks once everything has been drawn.
 */

interface Moment {
  /** The marks as the panel first showed the range: title, places and look of each. */
  marks: string[];
  /** How many of those marks were in view then. */
  inView: number;
}

/** The page's window once watchMap has run. */
type Watched = Window & {
  /** The map's place marks as they are now, and how many of them are in view. */
  mapMarks: () => Moment;
  /** What mapMarks gave the moment the map's panel first showed each range. */
  mapMoments: Record<string, Moment>;
};

/** Starts keeping, at every DOM change, the map's marks the moment its panel shows a range. */
async function watchMap(page: Page) {
  await defineInView(page);
  await page.evaluate(() => {
    const win = window as unknown as Watched & WithInView;
    const root = document.querySelector('.map[data-rendered-range]')!;
    win.mapMarks = () => {
      const marks = [
        ...root.querySelectorAll('.leaflet-marker-icon[data-place-ids], path[data-place-ids]'),
      ];
      return {
        marks: marks
          .map(
            (m) =>
              `${m.getAttribute('title')}|${m.getAttribute('data-place-ids')}|${m.getAttribute('class')}`,
          )
          .sort(),
        inView: marks.filter(win.inView).length,
      };
    };
    win.mapMoments = {};
    new MutationObserver(() => {
      const range = root.getAttribute('data-rendered-range')!;
      if (!(range in win.mapMoments)) win.mapMoments[range] = win.mapMarks();
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** Sets the range; returns the moment the panel showed it, and the marks once all is drawn. */
async function change(page: Page, from: string, to: string) {
  await setRange(page, from, to);
  return page.evaluate((range) => {
    const watched = window as unknown as Watched;
    return { moment: watched.mapMoments[range]!, drawn: watched.mapMarks().marks };
  }, `${from}..${to}`);
}

const RANGES = [
  ['2012-01-01', '2014-12-31'],
  ['2019-06-01', '2025-06-30'],
  ['2016-01-01', '2020-12-31'],
] as const;

test('with the map’s marks scrolled out of view, a range change draws them after the panels, and then as the range says', async ({
  page,
}) => {
  await page.goto('./?from=2016-01-01&to=2020-12-31');
  await waitForRange(page, '2016-01-01', '2020-12-31');
  await watchMap(page);
  for (const [from, to] of RANGES) {
    const { moment, drawn } = await change(page, from, to);
    // The layout this test is about: not one mark of the map in view.
    expect(moment.inView, `${from}..${to}`).toBe(0);
    // The panel showed the range while the marks were still the last range's; they followed.
    expect(moment.marks, `${from}..${to}`).not.toEqual(drawn);
    await expect(mapPanel(page).locator('.map')).toHaveAttribute(
      'data-drawn-range',
      `${from}..${to}`,
    );
  }
});

test('with the map’s marks in view, a range change draws them in the same frame as the panel', async ({
  page,
}) => {
  await page.goto('./?from=2016-01-01&to=2020-12-31');
  await waitForRange(page, '2016-01-01', '2020-12-31');
  // The reader scrolls the map panel down to the map.
  await canvas(page).scrollIntoViewIfNeeded();
  await settle(page);
  await watchMap(page);
  for (const [from, to] of RANGES) {
    const { moment, drawn } = await change(page, from, to);
    expect(moment.inView, `${from}..${to}`).toBeGreaterThan(0);
    // Never a mark of another range in view beside the panel's new one.
    expect(moment.marks, `${from}..${to}`).toEqual(drawn);
  }
});
