import { Duration } from 'luxon';
import type { Area } from '../escalation/area.js';
import type { ConditionCode } from '../escalation/conditions.js';
import type { MessageRef } from '../escalation/message.js';
import { DEFAULT_PUSLING_CONFIG, type PuslingConfig } from './config.js';

/**
 * A parent asking for help for their child (often after a growth alert).
 *
 * @example
 * const ask: ParentHelpRequest = { parentId: 'u-9', childId: 'c-1', area, requestedAt: now, flaggedConditions: ['stunting'] };
 */
export interface ParentHelpRequest {
  readonly parentId: string;
  readonly childId: string;
  readonly area: Area;
  readonly requestedAt: Date;
  /** Open escalation conditions of the child, if any; they tell the kader what to look at. */
  readonly flaggedConditions?: readonly ConditionCode[];
}

/**
 * A task for the child's kader: visit or call the family. A parent's call for help always
 * becomes this, never a Pusling request: the Pusling serves an RW, and one child is best helped
 * by the kader who knows the family (and, through the alert chain, the puskesmas).
 */
export interface KaderFollowUp {
  readonly kind: 'kader_follow_up';
  readonly reason: 'parent_request';
  readonly childId: string;
  readonly parentId: string;
  readonly area: Area;
  readonly conditions: readonly ConditionCode[];
  readonly requestedAt: Date;
  readonly dueAt: Date;
  /** For the kader. */
  readonly kaderMessage: MessageRef;
  /** The reply to the parent. */
  readonly parentReply: MessageRef;
}

/**
 * Turns a parent's call for help into a kader follow-up due within the configured time.
 *
 * @example
 * parentHelpToFollowUp(ask).dueAt; // ask.requestedAt + 2 days
 */
export function parentHelpToFollowUp(ask: ParentHelpRequest, config: PuslingConfig = DEFAULT_PUSLING_CONFIG): KaderFollowUp {
  const dueAt = new Date(ask.requestedAt.getTime() + Duration.fromISO(config.parentFollowUpDeadline).toMillis());
  const conditions = [...(ask.flaggedConditions ?? [])];
  const flagged = conditions.length > 0;
  return {
    kind: 'kader_follow_up',
    reason: 'parent_request',
    childId: ask.childId,
    parentId: ask.parentId,
    area: ask.area,
    conditions,
    requestedAt: ask.requestedAt,
    dueAt,
    kaderMessage: {
      key: flagged ? 'pusling.parent_help.kader_flagged' : 'pusling.parent_help.kader',
      params: { rw: ask.area.rw },
      refs: {
        child: { kind: 'child', id: ask.childId },
        due: { kind: 'datetime', id: dueAt.toISOString() },
        ...(flagged ? { condition: { kind: 'locale' as const, id: `escalation.condition.${conditions[0]}` } } : {}),
      },
    },
    parentReply: {
      key: 'pusling.parent_help.parent',
      params: {},
      refs: { due: { kind: 'datetime', id: dueAt.toISOString() } },
    },
  };
}
