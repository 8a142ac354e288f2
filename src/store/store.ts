import type { Connection } from 'mongoose';
import { alertModel } from './models/alert.js';
import { auditModel } from './models/audit.js';
import { baileysAuthModel } from './models/baileys-auth.js';
import { broadcastBatchModel, broadcastModel } from './models/broadcast.js';
import { childAccessModel } from './models/child-access.js';
import { childModel } from './models/child.js';
import { episodeModel } from './models/episode.js';
import { contactAddressModel, contactModel } from './models/contact.js';
import { flowRevisionModel } from './models/flow-revision.js';
import { measurementModel } from './models/measurement.js';
import { mediaModel } from './models/media.js';
import { inboundModel, outboundModel } from './models/message.js';
import { personModel } from './models/person.js';
import { puslingRequestModel } from './models/pusling-request.js';
import { scheduleModel } from './models/schedule.js';
import { kelurahanModel, posyanduModel, puskesmasModel } from './models/place.js';
import { sessionModel } from './models/session.js';

/**
 * Every model on one connection. Repositories take this; nothing outside `src/store` sees mongoose.
 *
 * @example
 * const models = createModels(connection);
 * await models.contacts.countDocuments();
 */
export function createModels(connection: Connection) {
  return {
    connection,
    contacts: contactModel(connection),
    addresses: contactAddressModel(connection),
    sessions: sessionModel(connection),
    inbound: inboundModel(connection),
    outbound: outboundModel(connection),
    flowRevisions: flowRevisionModel(connection),
    puskesmas: puskesmasModel(connection),
    kelurahan: kelurahanModel(connection),
    posyandu: posyanduModel(connection),
    people: personModel(connection),
    children: childModel(connection),
    measurements: measurementModel(connection),
    audit: auditModel(connection),
    childAccess: childAccessModel(connection),
    episodes: episodeModel(connection),
    alerts: alertModel(connection),
    media: mediaModel(connection),
    puslingRequests: puslingRequestModel(connection),
    broadcasts: broadcastModel(connection),
    broadcastBatches: broadcastBatchModel(connection),
    schedules: scheduleModel(connection),
    baileysAuth: baileysAuthModel(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Creates the indexes once at start-up (and in tests), instead of racing mongoose's autoIndex. */
export async function ensureIndexes(models: Models): Promise<void> {
  for (const [name, model] of Object.entries(models)) {
    if (name === 'connection') continue;
    await (model as { createIndexes(): Promise<unknown> }).createIndexes();
  }
}
