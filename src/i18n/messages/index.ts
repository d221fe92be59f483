import { actorsMessages } from './actors';
import { appMessages } from './app';
import { briefMessages } from './brief';
import { commonMessages } from './common';
import { compareMessages } from './compare';
import { dataMessages } from './data';
import { exportMessages } from './export';
import { mapMessages } from './map';
import { mapViewsMessages } from './map-views';
import { ownEventsMessages } from './own-events';
import { ownEventsProblemsMessages } from './own-events-problems';
import { savedViewsMessages } from './saved-views';
import { searchMessages } from './search';
import { statisticsMessages } from './statistics';
import { trackerMessages } from './tracker';

/**
 * Every feature's messages, one catalogue. Each feature's file keeps its keys under its own
 * prefix; catalogue.test.ts checks that no key is declared twice.
 */
export const catalogueParts = [
  commonMessages,
  appMessages,
  compareMessages,
  briefMessages,
  dataMessages,
  exportMessages,
  actorsMessages,
  trackerMessages,
  statisticsMessages,
  mapMessages,
  mapViewsMessages,
  ownEventsMessages,
  ownEventsProblemsMessages,
  searchMessages,
  savedViewsMessages,
] as const;

export const messages = {
  ...commonMessages,
  ...appMessages,
  ...compareMessages,
  ...briefMessages,
  ...dataMessages,
  ...exportMessages,
  ...actorsMessages,
  ...trackerMessages,
  ...statisticsMessages,
  ...mapMessages,
  ...mapViewsMessages,
  ...ownEventsMessages,
  ...ownEventsProblemsMessages,
  ...searchMessages,
  ...savedViewsMessages,
};

export type MessageKey = keyof typeof messages;
