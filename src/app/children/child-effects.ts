import type { Child } from './child-records.js';

/**
 * Register a child: `id` is the child's id, derived from the turn (`effectId('ch', ref)`), so
 * applying it twice stores one child. The code was drawn and checked free when the turn ran.
 *
 * @example
 * { type: 'child.register', id: 'ch_9c1e…', child: { _id: 'ch_9c1e…', code: 'AB9YTP', name: 'Dewi', … } }
 */
export interface ChildRegisterEffect {
  readonly type: 'child.register';
  readonly id: string;
  readonly child: Child;
}

/** Add the turn's contact as a caregiver of `childId` (a code shared by family); twice is once. */
export interface ChildLinkEffect {
  readonly type: 'child.link';
  readonly id: string;
  readonly childId: string;
}

export type ChildEffect = ChildRegisterEffect | ChildLinkEffect;
