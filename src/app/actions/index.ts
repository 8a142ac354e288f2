import { ActionRegistry, type ActionCatalog, type DeclaredAction } from '../../engine/index.js';
import type { AppDeps } from '../ports.js';
import { withStaffAccessLog } from '../rights/staff-access.js';
import { broadcastActions } from './broadcast-actions.js';
import { childActions } from './child-actions.js';
import { contactActions } from './contact-actions.js';
import { correctionActions } from './correction-actions.js';
import { escalationActions } from './escalation-actions.js';
import { householdActions } from './household-actions.js';
import { placeActions } from './place-actions.js';
import { puslingActions } from './pusling-actions.js';
import { registryActions } from './registry-actions.js';
import { rightsActions } from './rights-actions.js';
import { scheduleActions } from './schedule-actions.js';
import { staffCheckActions } from './staff-check-actions.js';
import { sweepingActions } from './sweeping-actions.js';
import { growthActions } from './growth-actions.js';
import { immunisationActions } from './immunisation-actions.js';
import { screeningActions } from './screening-actions.js';
import { pregnancyActions } from './pregnancy-actions.js';

/** Every declared action flows may call. Loading fails when a flow names one that is not here, or misuses one. */
export function buildActions(deps: Omit<AppDeps, 'engine'>): ActionRegistry {
  return new ActionRegistry(withStaffAccessLog(everyAction(deps), deps));
}

function everyAction(deps: Omit<AppDeps, 'engine'>): DeclaredAction[] {
  return [
    ...contactActions(deps),
    ...registryActions(deps),
    ...staffCheckActions(deps),
    ...placeActions(deps),
    ...childActions(deps),
    ...householdActions(deps),
    ...growthActions(deps),
    ...immunisationActions(deps),
    ...screeningActions(deps),
    ...pregnancyActions(deps),
    ...escalationActions(deps),
    ...puslingActions(deps),
    ...broadcastActions(deps),
    ...scheduleActions(deps),
    ...sweepingActions(deps),
    ...rightsActions(deps),
    ...correctionActions(deps),
  ];
}

/** The declarations alone, for validating flows before the services exist; builders touch no service until called. */
export function actionCatalog(): ActionCatalog & Pick<ActionRegistry, 'names'> {
  return buildActions({} as Omit<AppDeps, 'engine'>);
}

/** The names alone. */
export function actionNames(): Set<string> {
  return new Set(actionCatalog().names());
}
