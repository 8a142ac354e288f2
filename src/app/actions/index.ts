import { ActionRegistry, type ActionCatalog, type DeclaredAction } from '../../engine/index.js';
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
import { dashboardActions } from './dashboard-actions.js';
import { sweepingActions } from './sweeping-actions.js';
import { growthActions } from './growth-actions.js';
import { immunisationActions } from './immunisation-actions.js';
import { screeningActions } from './screening-actions.js';
import { pregnancyActions } from './pregnancy-actions.js';

/** What the actions read through: each builder's own declared ports, together, and the staff access log's. */
export type ActionDeps = Parameters<typeof withStaffAccessLog>[1] &
  Parameters<typeof contactActions>[0] &
  Parameters<typeof registryActions>[0] &
  Parameters<typeof staffCheckActions>[0] &
  Parameters<typeof dashboardActions>[0] &
  Parameters<typeof placeActions>[0] &
  Parameters<typeof childActions>[0] &
  Parameters<typeof householdActions>[0] &
  Parameters<typeof growthActions>[0] &
  Parameters<typeof immunisationActions>[0] &
  Parameters<typeof screeningActions>[0] &
  Parameters<typeof pregnancyActions>[0] &
  Parameters<typeof escalationActions>[0] &
  Parameters<typeof puslingActions>[0] &
  Parameters<typeof broadcastActions>[0] &
  Parameters<typeof scheduleActions>[0] &
  Parameters<typeof sweepingActions>[0] &
  Parameters<typeof rightsActions>[0] &
  Parameters<typeof correctionActions>[0];

/** Every declared action flows may call. Loading fails when a flow names one that is not here, or misuses one. */
export function buildActions(deps: ActionDeps): ActionRegistry {
  return new ActionRegistry(withStaffAccessLog(everyAction(deps), deps));
}

function everyAction(deps: ActionDeps): DeclaredAction[] {
  return [
    ...contactActions(deps),
    ...registryActions(deps),
    ...staffCheckActions(deps),
    ...dashboardActions(deps),
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
  return buildActions({} as ActionDeps);
}

/** The names alone. */
export function actionNames(): Set<string> {
  return new Set(actionCatalog().names());
}
