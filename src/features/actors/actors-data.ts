import type { Dataset } from '@/data/dataset-files';

/** The files the actors panel and its card read. */
export type ActorsData = Pick<Dataset, 'actors' | 'meetings' | 'events'>;
