import type { Connection } from 'mongoose';
import { alertModel } from './models/alert.js';
import { auditModel } from './models/audit.js';
import { baileysAuthModel } from './models/baileys-auth.js';
import { batchProgressModel, broadcastBatchModel, broadcastModel } from './models/broadcast.js';
import type { DataSeal } from './data-seal.js';
import { upkeepIdentity, type UpkeepReport } from './identity-upkeep.js';
import { writeMissingBatchProgress } from './broadcast-upkeep.js';
import { childAccessModel } from './models/child-access.js';
import { childModel } from './models/child.js';
import { episodeModel } from './models/episode.js';
import { escalationDecisionModel } from './models/escalation-decision.js';
import { contactAddressModel, contactModel } from './models/contact.js';
import { flowRevisionModel } from './models/flow-revision.js';
import { immunisationModel } from './models/immunisation.js';
import { measurementModel } from './models/measurement.js';
import { mediaModel } from './models/media.js';
import { inboundModel, outboundModel } from './models/message.js';
import { personModel } from './models/person.js';
import { puslingRequestModel } from './models/pusling-request.js';
import { scheduleModel } from './models/schedule.js';
import { screeningModel } from './models/screening.js';
import { pregnancyModel } from './models/pregnancy.js';
import { kelurahanModel, posyanduModel, puskesmasModel } from './models/place.js';
import { sessionModel } from './models/session.js';
import { useSeal } from './sealed-fields.js';

/**
 * Every model on one connection. Repositories take this; nothing outside `src/store` sees mongoose.
 * The seal holds the data key: phones and names are sealed on every write and opened on every read.
 *
 * @example
 * const models = createModels(connection, DataSeal.fromSecrets(env.DATA_KEY, env.DATA_KEY_PREVIOUS));
 * await models.contacts.countDocuments();
 */
export function createModels(connection: Connection, seal: DataSeal) {
  useSeal(connection, seal);
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
    immunisations: immunisationModel(connection),
    audit: auditModel(connection),
    childAccess: childAccessModel(connection),
    episodes: episodeModel(connection),
    escalationDecisions: escalationDecisionModel(connection),
    alerts: alertModel(connection),
    media: mediaModel(connection),
    puslingRequests: puslingRequestModel(connection),
    broadcasts: broadcastModel(connection),
    broadcastBatches: broadcastBatchModel(connection),
    batchProgress: batchProgressModel(connection),
    schedules: scheduleModel(connection),
    baileysAuth: baileysAuthModel(connection),
    screenings: screeningModel(connection),
    pregnancies: pregnancyModel(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

/**
 * Creates the indexes once at start-up (and in tests), instead of racing mongoose's autoIndex.
 * Personal data is brought up to date first (sealed, split contacts merged): the unique index on a
 * phone's lookup key cannot be built while one phone has two contacts. Broadcasts sending across an
 * upgrade get their batches' progress documents last (`writeMissingBatchProgress`).
 */
export async function ensureIndexes(models: Models): Promise<UpkeepReport> {
  const report = await upkeepIdentity(models);
  for (const [name, model] of Object.entries(models)) {
    if (name === 'connection') continue;
    await (model as { createIndexes(): Promise<unknown> }).createIndexes();
  }
  await writeMissingBatchProgress(models);
  return report;
}
