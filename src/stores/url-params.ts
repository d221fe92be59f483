import { t, type MessageKey } from '@/i18n/t';
import { actorKinds, alignments } from '@/data/schemas/actors';
import { tracks } from '@/data/schemas/meetings';
import { syrianGovernorates } from '@/data/schemas/places';
import { isRealCalendarDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import {
  EARLIEST_DATE,
  LATEST_DATE,
  mapLayerIds,
  mapModes,
  governorateShadings,
  MIN_ZOOM,
  MAX_ZOOM,
  deathsModes,
  tableViewIds,
  actorsViews,
  actorSorts,
  MAX_COMPARE_MONTHS,
  MAX_ASYLUM_HOSTS,
  panelAreas,
  OWN_FILE_SHA_DIGITS,
  type PanelArea,
  type ViewState,
} from './view-state';

// The table of the link's parameters: for each, its keys in the URL, its field in the store,
// how it is read and written, its default and how it enters history. Adding a parameter
// touches this table only.

/**
 * How a change of a parameter enters the browser's history: `push` makes Back return to the
 * previous value; `replace` rewrites the current entry (map moves); `typing` pushes the first
 * change of a run of typing in one box and rewrites the entry for the rest, so Back returns to
 * what was there before the typing, not to each keystroke.
 */
export type HistoryMode = 'push' | 'replace' | 'typing';

/** One parameter of the link: its names in the URL, its store field, how it is read and written. */
export interface UrlParam<F extends keyof ViewState = keyof ViewState> {
  field: F;
  /** The URL's keys for it (most have one; the range has from/to, the map view lat/lng/zoom). */
  keys: readonly string[];
  /** The value when the URL has none of the keys; written as no parameter. */
  default: ViewState[F];
  /**
   * Reads the value when at least one key is present (`get` gives a key's first value or
   * null). A bad value is reported through `problem` and replaced by what the report says. A
   * report is a function that words it in the language shown, so that the notice can say it
   * again in another language.
   */
  parse: (
    get: (key: string) => string | null,
    problem: (say: () => string) => void,
  ) => ViewState[F];
  /** The keys' values for a value other than the default; a key left out is removed. */
  serialize: (value: ViewState[F]) => Partial<Record<string, string>>;
  history: HistoryMode;
}

/** Declares a parameter, checking its parts against the field's type. */
function param<F extends keyof ViewState>(p: UrlParam<F>): UrlParam<F> {
  return p;
}

/** Record ids in the dataset are lower-case kebab-case (see src/data/schemas/common.ts). */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a link's date cannot be used, worded in the language shown; null for a usable date. */
function dateFault(value: string): (() => string) | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    return () => t('data.url.dateForm', { format: 'YYYY-MM-DD' });
  if (!isRealCalendarDate(value)) return () => t('data.url.dateReal');
  if (value < EARLIEST_DATE || value > LATEST_DATE) {
    return () =>
      t('data.url.dateOutside', {
        earliest: formatDate(EARLIEST_DATE),
        latest: formatDate(LATEST_DATE),
      });
  }
  return null;
}

/** URL words in a list, as a notice names them. */
const wordList = (words: readonly string[]) => words.join(t('common.listSeparator'));

function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** `?key=id`: a record id, or nothing selected. */
function idParam<F extends 'actorId' | 'roundId' | 'compareId'>(field: F, key: string) {
  return param<F>({
    field,
    keys: [key],
    default: null as ViewState[F],
    parse: (get, problem) => {
      const raw = get(key) ?? '';
      if (raw === '') return null as ViewState[F];
      if (idPattern.test(raw)) return raw as ViewState[F];
      problem(() => t('data.url.notId', { key, value: truncate(raw) }));
      return null as ViewState[F];
    },
    serialize: (value) => (value ? { [key]: value } : {}),
    history: 'push',
  });
}

/** `?key=word`: one of a few words; an unknown one falls back to the default. */
function choiceParam<F extends keyof ViewState, V extends ViewState[F] & string>(
  field: F,
  key: string,
  values: readonly V[],
  fallback: V,
) {
  return param<F>({
    field,
    keys: [key],
    default: fallback,
    parse: (get, problem) => {
      const raw = get(key) ?? '';
      if (raw === '') return fallback;
      if ((values as readonly string[]).includes(raw)) return raw as V;
      problem(() =>
        t('data.url.notChoice', {
          key,
          value: truncate(raw),
          values: wordList(values),
          fallback,
        }),
      );
      return fallback;
    },
    serialize: (value) => ({ [key]: value as string }),
    history: 'push',
  });
}

/** `?key=word` for a switch that is off unless the link names it. */
function flagParam<F extends 'onlineTiles' | 'refugeesStacked'>(
  field: F,
  key: string,
  word: string,
) {
  return param<F>({
    field,
    keys: [key],
    default: false as ViewState[F],
    parse: (get, problem) => {
      const raw = get(key) ?? '';
      if (raw === word) return true as ViewState[F];
      if (raw !== '') problem(() => t('data.url.notFlag', { key, value: truncate(raw), word }));
      return false as ViewState[F];
    },
    serialize: (value) => (value ? { [key]: word } : {}),
    history: 'push',
  });
}

/** `?key=a,b`: a subset of known names, kept in their declared order, without repeats. */
function subsetParam<F extends 'mapLayers' | 'chartTracks' | 'tableViews', V extends string>(
  field: F,
  key: string,
  values: readonly V[],
  fallback: V[] | null,
  what: MessageKey,
) {
  return param<F>({
    field,
    keys: [key],
    default: fallback as ViewState[F],
    parse: (get, problem) => {
      const raw = get(key) ?? '';
      const names = raw.split(',').filter(Boolean);
      const known = values.filter((v) => names.includes(v));
      if (names.some((n) => !(values as readonly string[]).includes(n))) {
        problem(() => t('data.url.unknownNames', { what: t(what), value: truncate(raw) }));
      }
      return known as ViewState[F];
    },
    serialize: (value) => ({ [key]: (value as V[] | null)?.join(',') ?? '' }),
    history: 'push',
  });
}

const rangeParam = param({
  field: 'rangeChoice',
  keys: ['from', 'to'],
  default: {},
  parse: (get, problem) => {
    const readDate = (key: 'from' | 'to'): string | undefined => {
      const raw = get(key);
      if (raw === null || raw === '') return undefined;
      const fault = dateFault(raw);
      if (!fault) return raw;
      const instead = key === 'from' ? 'data.url.firstRecord' : 'data.url.asOf';
      problem(() =>
        t('data.url.badDate', { key, value: truncate(raw), reason: fault(), instead: t(instead) }),
      );
      return undefined;
    };
    const from = readDate('from');
    const to = readDate('to');
    if (from !== undefined && to !== undefined && from > to) {
      problem(() => t('data.url.reversed', { to: formatDate(to), from: formatDate(from) }));
      return {};
    }
    return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  },
  serialize: (choice) => ({ from: choice.from, to: choice.to }),
  history: 'push',
});

const mapViewParam = param({
  field: 'mapView',
  keys: ['lat', 'lng', 'zoom'],
  default: null,
  parse: (get, problem) => {
    const raw = { lat: get('lat'), lng: get('lng'), zoom: get('zoom') };
    const lat = Number(raw.lat);
    const lng = Number(raw.lng);
    const zoom = Number(raw.zoom ?? 6);
    const valid =
      raw.lat !== null &&
      raw.lng !== null &&
      raw.lat.trim() !== '' &&
      raw.lng.trim() !== '' &&
      Number.isFinite(lat) &&
      Number.isFinite(lng) &&
      Number.isFinite(zoom) &&
      Math.abs(lat) <= 85 &&
      Math.abs(lng) <= 180 &&
      zoom >= MIN_ZOOM &&
      zoom <= MAX_ZOOM;
    if (valid) return { lat, lng, zoom: Math.round(zoom) };
    problem(() =>
      t('data.url.mapView', {
        values: (['lat', 'lng', 'zoom'] as const)
          .map((key) => t('data.url.keyValue', { key, value: truncate(raw[key] ?? '') }))
          .join(t('common.listSeparator')),
      }),
    );
    return null;
  },
  serialize: (view) =>
    view ? { lat: view.lat.toFixed(3), lng: view.lng.toFixed(3), zoom: String(view.zoom) } : {},
  // Panning and zooming rewrite the current entry: Back steps through choices, not drags.
  history: 'replace',
});

const compareMonthsParam = param({
  field: 'compareMonths',
  keys: ['window'],
  default: 6,
  parse: (get, problem) => {
    const raw = get('window') ?? '';
    if (raw === '') return 6;
    const months = Number(raw);
    if (/^\d+$/.test(raw) && months >= 1 && months <= MAX_COMPARE_MONTHS) return months;
    problem(() =>
      t('data.url.window', {
        key: 'window',
        value: truncate(raw),
        min: 1,
        max: MAX_COMPARE_MONTHS,
        fallback: 6,
      }),
    );
    return 6;
  },
  serialize: (months) => ({ window: String(months) }),
  // Typed in a number box: the first change is a step back, the rest of the typing is not.
  history: 'typing',
});

/** `?gov=Idleb`: a governorate, spelled as geoBoundaries spells it (Dar'a, Rural Damascus…). */
const governorateParam = param({
  field: 'governorate',
  keys: ['gov'],
  default: null,
  parse: (get, problem) => {
    const raw = get('gov') ?? '';
    if (raw === '') return null;
    const match = syrianGovernorates.find((g) => g.toLowerCase() === raw.trim().toLowerCase());
    if (match) return match;
    problem(() => t('data.url.governorate', { key: 'gov', value: truncate(raw) }));
    return null;
  },
  serialize: (governorate) => (governorate ? { gov: governorate } : {}),
  history: 'push',
});

const asylumHostsParam = param({
  field: 'asylumHosts',
  keys: ['hosts'],
  default: null,
  parse: (get, problem) => {
    const raw = get('hosts');
    if (raw === null || raw === '') return null;
    const ids = [...new Set(raw.split(','))];
    const valid = ids.filter((id) => idPattern.test(id)).slice(0, MAX_ASYLUM_HOSTS);
    if (valid.length < ids.length) {
      problem(() =>
        t('data.url.hosts', { key: 'hosts', value: truncate(raw), max: MAX_ASYLUM_HOSTS }),
      );
    }
    return valid.length > 0 ? valid : null;
  },
  serialize: (hosts) => ({ hosts: hosts?.join(',') ?? '' }),
  history: 'push',
});

const actorQueryParam = param({
  field: 'actorQuery',
  keys: ['q'],
  default: '',
  parse: (get) => (get('q') ?? '').slice(0, 200),
  serialize: (query) => ({ q: query }),
  history: 'typing',
});

/** `?panel=map`: the panel expanded to the whole window, or none. */
const expandedPanelParam = param({
  field: 'expandedPanel',
  keys: ['panel'],
  default: null,
  parse: (get, problem) => {
    const raw = get('panel') ?? '';
    if (raw === '') return null;
    if ((panelAreas as readonly string[]).includes(raw)) return raw as PanelArea;
    problem(() =>
      t('data.url.panel', { key: 'panel', value: truncate(raw), values: wordList(panelAreas) }),
    );
    return null;
  },
  serialize: (area) => (area ? { panel: area } : {}),
  history: 'push',
});

/** `?vs=2019-01-01..2019-12-31`: period B, compared with the range. */
const otherPeriodParam = param({
  field: 'otherPeriod',
  keys: ['vs'],
  default: null,
  parse: (get, problem) => {
    const raw = get('vs') ?? '';
    if (raw === '') return null;
    const [from, to, ...rest] = raw.split('..');
    const valid = (d: string | undefined): d is string => d !== undefined && !dateFault(d);
    if (rest.length === 0 && valid(from) && valid(to) && from <= to) return { from, to };
    problem(() =>
      t('data.url.period', {
        key: 'vs',
        value: truncate(raw),
        example: '2019-01-01..2019-12-31',
      }),
    );
    return null;
  },
  serialize: (period) => (period ? { vs: `${period.from}..${period.to}` } : {}),
  history: 'push',
});

/**
 * `?file=ged_syria.csv&filesha=3fa2b1c04d5e`: the analyst's file the view shows beside the data.
 * The link only names it; opening the link where the file is not loaded says so (own-events).
 */
const ownFileParam = param({
  field: 'ownFile',
  keys: ['file', 'filesha'],
  default: null,
  parse: (get, problem) => {
    const name = (get('file') ?? '').trim().slice(0, 200);
    const sha = (get('filesha') ?? '').toLowerCase();
    if (name === '') {
      problem(() => t('data.url.fileWithoutName', { key: 'filesha' }));
      return null;
    }
    if (sha === '') return { name, sha: null };
    if (new RegExp(`^[0-9a-f]{${OWN_FILE_SHA_DIGITS}}$`).test(sha)) return { name, sha };
    problem(() =>
      t('data.url.fileSha', { key: 'filesha', value: truncate(sha), digits: OWN_FILE_SHA_DIGITS }),
    );
    return { name, sha: null };
  },
  serialize: (file) =>
    file ? { file: file.name, ...(file.sha ? { filesha: file.sha } : {}) } : {},
  // Follows the loaded layer (or a link opened): not a step of its own in history.
  history: 'replace',
});

/**
 * The link's parameters: the one place that says what the URL holds. Parsing, the store's
 * first state, writing the address bar and Back/Forward all follow this table.
 */
export const urlParams: readonly UrlParam[] = [
  rangeParam,
  idParam('actorId', 'actor'),
  idParam('roundId', 'round'),
  mapViewParam,
  subsetParam('mapLayers', 'layers', mapLayerIds, null, 'data.url.what.mapLayers'),
  flagParam('onlineTiles', 'tiles', 'osm'),
  choiceParam('mapMode', 'mapmode', mapModes, 'markers'),
  choiceParam('governorateShading', 'govby', governorateShadings, 'dataset'),
  governorateParam,
  choiceParam('deathsMode', 'deaths', deathsModes, 'annual'),
  flagParam('refugeesStacked', 'refugees', 'stacked'),
  asylumHostsParam,
  subsetParam('tableViews', 'tables', tableViewIds, [], 'data.url.what.tables'),
  subsetParam('chartTracks', 'marks', tracks, null, 'data.url.what.tracks'),
  idParam('compareId', 'compare'),
  compareMonthsParam,
  choiceParam('actorsView', 'actorsview', actorsViews, 'list'),
  choiceParam('actorKind', 'kind', ['all', ...actorKinds], 'all'),
  choiceParam('actorAlignment', 'alignment', ['all', ...alignments], 'all'),
  actorQueryParam,
  choiceParam('actorSort', 'sort', actorSorts, 'activity'),
  expandedPanelParam,
  otherPeriodParam,
  ownFileParam,
] as UrlParam[];

/** The view of a plain address: every parameter at its default. */
export const defaultViewState: ViewState = Object.fromEntries(
  urlParams.map((p) => [p.field, p.default]),
) as unknown as ViewState;
