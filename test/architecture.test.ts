import { describe, expect, it } from 'vitest';
import type { ChildReads } from '../src/app/children/child-ports.js';
import type { ContactReads } from '../src/app/contacts/contact-ports.js';
import { actionProgram, filesUnder, findWritingDependencies, writesByName } from '../scripts/lib/action-reads.js';
import { findLayerViolations } from '../scripts/lib/layers.js';

describe('architecture', () => {
  it('keeps every import pointing inward (main → edges → app → engine/domain → shared)', () => {
    expect(findLayerViolations('src')).toEqual([]);
  });

  it('notices an import that points outward', () => {
    const violations = findLayerViolations('test/fixtures/layers-broken/src');
    expect(violations).toContainEqual(expect.objectContaining({ from: 'domain', to: 'store' }));
    expect(violations).toContainEqual(expect.objectContaining({ from: 'engine', to: 'mongoose' }));
  });
});

describe('actions only read', () => {
  it('gives every action builder of src/app read views only: no dependency exposes a write method', () => {
    const app = filesUnder('src/app');
    const { builders, writing } = findWritingDependencies(actionProgram(app), app);
    expect(writing).toEqual([]);
    // The check saw the builders: every one that `buildActions` joins, and the staff access wrapper.
    expect(builders).toEqual(expect.arrayContaining(['growthActions', 'escalationActions', 'puslingActions', 'broadcastActions', 'scheduleActions', 'rightsActions', 'dashboardActions', 'withStaffAccessLog']));
    expect(builders).toHaveLength(19);
  }, 120_000);

  it('reports a builder given a whole store, a write-named method of a narrowed view and a job port, and passes one given read views', () => {
    const fixture = 'test/fixtures/action-reads-broken/writing-actions.ts';
    const { builders, writing } = findWritingDependencies(actionProgram([fixture]), [fixture]);
    expect(builders).toEqual(['writingActions', 'readingActions']);
    const paths = writing.map((w) => `${w.builder}:${w.path}`);
    expect(paths).toEqual(expect.arrayContaining([
      'writingActions:deps.children.insert',
      'writingActions:deps.children.insertMeasurement',
      'writingActions:deps.children.addCaregiver',
      'writingActions:deps.contacts.findOrCreate',
      'writingActions:deps.pusling.jobs.event',
      'writingActions:deps.pusling.jobs.reminder',
      'writingActions:deps.pusling.jobs.cancelReminders',
    ]));
    expect(paths.filter((p) => !p.startsWith('writingActions:'))).toEqual([]);
    expect(paths).not.toContain('writingActions:deps.children.get');
  }, 60_000);

  it.each([
    ['insert', true], ['insertMeasurement', true], ['findOrCreate', true], ['withLock', true], ['scheduleCheck', true],
    ['forgetLapsedPregnancies', true], ['markReminded', true], ['set', true],
    ['get', false], ['ofCaregiver', false], ['measurements', false], ['addresses', false], ['openFollowUps', false], ['personByPhone', false], ['unresolvedIn', false],
  ])('reads %s as a write: %s', (name, writes) => {
    expect(writesByName(name)).toBe(writes);
  });

  it('makes a write through a read view a type error', () => {
    // Compiled by `npm run check`: each line below fails to compile without its expect-error.
    const reads = (children: ChildReads, contacts: ContactReads) => {
      // @ts-expect-error ChildReads has no insert
      void children.insert;
      // @ts-expect-error ContactReads has no update
      void contacts.update;
      return [children.get, contacts.get];
    };
    expect(typeof reads).toBe('function');
  });
});
