import { t } from '@/i18n/t';
import { actorKinds, alignments } from '@/data/schemas/actors';
import { tracks } from '@/data/schemas/meetings';
import { syrianGovernorates } from '@/data/schemas/places';
import { formatDate } from '@/lib/format';
import {
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
import {
  choiceParam,
  dateFault,
  flagParam,
  idParam,
  idPattern,
  param,
  subsetParam,
  truncate,
  wordList,
  type UrlParam,
} from './url-param-kinds';

// The table of the link's parameters: for each, its keys in the URL, its field in the store,
// how it is read and written, its default and how it enters history. Adding a parameter
// touches this table only.

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
