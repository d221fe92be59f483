import { describe, expect, it } from 'vitest';
import type { Actor } from '@/data/schemas/actors';
import { actorSchema } from '@/data/schemas/actors';
import { alignmentsInRange, standingInRange } from './actor-periods';

const hts: Actor = {
  id: 'hts',
  name: "Hay'at Tahrir al-Sham",
  nameAr: 'هيئة تحرير الشام',
  aliases: [],
  kind: 'armed-group',
  periods: [
    { from: '2017-01-28', to: '2024-12-08', alignment: 'jihadist', role: 'Armed group in Idlib' },
    { from: '2024-12-08', alignment: 'transitional-authorities', role: 'Rules in Damascus' },
  ],
  description: 'd',
  relations: [],
  sources: ['s'],
};
const range = (from: string, to: string) => ({ from, to });

describe('an actor’s standing in a range', () => {
  it('is the period in force at the range’s end, with every period the range overlaps', () => {
    const in2020 = standingInRange(hts, range('2020-01-01', '2020-12-31'));
    expect(in2020.current.alignment).toBe('jihadist');
    expect(alignmentsInRange(in2020)).toEqual(['jihadist']);

    const in2025 = standingInRange(hts, range('2025-01-01', '2025-06-30'));
    expect(in2025.current.role).toBe('Rules in Damascus');
    expect(alignmentsInRange(in2025)).toEqual(['transitional-authorities']);
  });

  it('names both alignments, oldest first, when the range spans the change', () => {
    const across = standingInRange(hts, range('2024-11-01', '2025-01-31'));
    expect(across.current.alignment).toBe('transitional-authorities');
    expect(alignmentsInRange(across)).toEqual(['jihadist', 'transitional-authorities']);
  });

  it('shows the nearest period when none overlaps the range', () => {
    const before = standingInRange(hts, range('2012-01-01', '2012-12-31'));
    expect(before.inRange).toEqual([]);
    expect(before.current.alignment).toBe('jihadist');
    expect(alignmentsInRange(before)).toEqual(['jihadist']);
  });
});

describe('the periods schema', () => {
  it('rejects periods that overlap or leave a later period without its start', () => {
    const overlapping = {
      ...hts,
      periods: [
        { to: '2025-01-01', alignment: 'jihadist', role: 'r' },
        { from: '2024-12-08', alignment: 'transitional-authorities', role: 'r' },
      ],
    };
    expect(actorSchema.safeParse(overlapping).success).toBe(false);
    const openMiddle = {
      ...hts,
      periods: [
        { alignment: 'jihadist', role: 'r' },
        { alignment: 'transitional-authorities', role: 'r' },
      ],
    };
    expect(actorSchema.safeParse(openMiddle).success).toBe(false);
    expect(actorSchema.safeParse(hts).success).toBe(true);
  });
});
